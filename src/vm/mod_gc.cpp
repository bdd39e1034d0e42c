// mod_gc.cpp: the gc module (built into the VM): the interface to the cycle collector of
// objects/gc.cpp, with CPython's functions, constants and messages: collect, enable /
// disable / isenabled, get_count, get_threshold / set_threshold, is_tracked /
// is_finalized, get_objects, get_referents / get_referrers, get_stats, freeze /
// unfreeze / get_freeze_count, set_debug / get_debug (DEBUG_SAVEALL keeps the garbage in
// gc.garbage), and the garbage and callbacks lists (callbacks are not called).
#include <cstdint>
#include <string>
#include <vector>

#include "objects/core.hpp"
#include "objects/gc.hpp"
#include "vm/modules.hpp"

namespace peppy::vm {

using namespace objects;

namespace {

// An int argument of a gc function as a C int; false with CPython's error set.
bool int_arg(Value v, std::int64_t& out) {
  if (!is_int(v)) {
    raise(TypeErrorType, "'" + type_name(v) + "' object cannot be interpreted as an integer");
    return false;
  }
  if (!int_to_int64(v, out) || out > 0x7fffffff || out < -0x7fffffff - 1) {
    raise(OverflowErrorType, int_sign(v) < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
    return false;
  }
  return true;
}

// gc.collect(generation=2): the number of unreachable objects found.
Value gc_collect_fn(Value, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"generation"};
  Value gen;
  if (!parse_args("collect", args, nargs, kwnames, kNames, 1, 0, &gen)) return Value();
  std::int64_t g = kGcGenerations - 1;
  if (gen && !int_arg(gen, g)) return Value();
  if (g < 0 || g >= kGcGenerations) return raise(ValueErrorType, "invalid generation");
  return make_int(gc_collect(static_cast<int>(g)));
}

// gc.enable() / gc.disable() / gc.isenabled()
Value gc_enable(Value, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("gc.enable", kw) || !check_exact("gc.enable", nargs, 0)) return Value();
  g_gc_enabled = true;
  return newref(None());
}
Value gc_disable(Value, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("gc.disable", kw) || !check_exact("gc.disable", nargs, 0)) return Value();
  g_gc_enabled = false;
  g_gc_pending = false;
  return newref(None());
}
Value gc_isenabled(Value, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("gc.isenabled", kw) || !check_exact("gc.isenabled", nargs, 0)) return Value();
  return newref(boolean(g_gc_enabled));
}

// gc.get_count(): (allocations minus deallocations, collections of gen 0, of gen 1).
Value gc_get_count(Value, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("gc.get_count", kw) || !check_exact("gc.get_count", nargs, 0)) return Value();
  Value c[3] = {make_int(g_gc_gens[0].count), make_int(g_gc_gens[1].count), make_int(g_gc_gens[2].count)};
  Value t = tuple_pack({c[0], c[1], c[2]});
  for (Value v : c) decref(v);
  return t;
}

// gc.get_threshold() / gc.set_threshold(threshold0[, threshold1[, threshold2]])
Value gc_get_threshold(Value, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("gc.get_threshold", kw) || !check_exact("gc.get_threshold", nargs, 0)) return Value();
  Value c[3] = {make_int(g_gc_gens[0].threshold), make_int(g_gc_gens[1].threshold), make_int(g_gc_gens[2].threshold)};
  Value t = tuple_pack({c[0], c[1], c[2]});
  for (Value v : c) decref(v);
  return t;
}
Value gc_set_threshold(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("set_threshold", kw)) return Value();
  if (nargs < 1) return raise(TypeErrorType, "set_threshold() takes at least 1 argument (0 given)");
  if (nargs > 3) return raise(TypeErrorType, "set_threshold() takes at most 3 arguments (" + std::to_string(nargs) + " given)");
  std::int64_t v[3] = {g_gc_gens[0].threshold, g_gc_gens[1].threshold, g_gc_gens[2].threshold};
  for (std::size_t i = 0; i < nargs; ++i)
    if (!int_arg(args[i], v[i])) return Value();
  for (int i = 0; i < kGcGenerations; ++i) g_gc_gens[i].threshold = v[i];
  return newref(None());
}

// gc.is_tracked(obj) / gc.is_finalized(obj)
Value gc_is_tracked_fn(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("gc.is_tracked", kw) || !check_exact("gc.is_tracked", nargs, 1)) return Value();
  const bool tracked = args[0].is_object() && is_gc(args[0].obj()) && gc_is_tracked(args[0].obj());
  return newref(boolean(tracked));
}
Value gc_is_finalized_fn(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("gc.is_finalized", kw) || !check_exact("gc.is_finalized", nargs, 1)) return Value();
  const bool fin = args[0].is_object() && is_gc(args[0].obj()) && gc_is_finalized(args[0].obj());
  return newref(boolean(fin));
}

// gc.get_objects(generation=None): the tracked objects (the result list left out).
Value gc_get_objects(Value, const Value* args, std::size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"generation"};
  Value gen;
  if (!parse_args("get_objects", args, nargs, kwnames, kNames, 1, 0, &gen)) return Value();
  std::int64_t g = -1;
  if (gen && gen != None()) {
    if (!int_arg(gen, g)) return Value();
    if (g >= kGcGenerations)
      return raise(ValueErrorType, "generation parameter must be less than the number of available generations (3)");
    if (g < 0) return raise(ValueErrorType, "generation parameter cannot be negative");
  }
  Value out = make_list(0);
  if (!out) return out;
  struct Acc {
    Value list;
    bool failed;
  } acc{out, false};
  gc_for_each_tracked(
      static_cast<int>(g < 0 ? -1 : g),
      [](Object* o, void* p) {
        auto* a = static_cast<Acc*>(p);
        if (a->failed || val(o) == a->list) return;
        if (list_append(a->list, val(o)) < 0) a->failed = true;
      },
      &acc);
  if (acc.failed) {
    decref(out);
    return Value();
  }
  return out;
}

// gc.get_referents(*objs): what the objects' traverse visits.
Value gc_get_referents(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("get_referents", kw)) return Value();
  Value out = make_list(0);
  if (!out) return out;
  for (std::size_t i = 0; i < nargs; ++i) {
    if (!args[i].is_object() || !is_gc(args[i].obj())) continue;
    Object* o = args[i].obj();
    if (!o->type->traverse) continue;
    o->type->traverse(
        o,
        [](Value v, void* p) {
          if (v && list_append(*static_cast<Value*>(p), v) < 0) clear_error();
        },
        &out);
  }
  return out;
}

// gc.get_referrers(*objs): the tracked objects whose traverse visits one of objs.
Value gc_get_referrers(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("get_referrers", kw)) return Value();
  Value out = make_list(0);
  if (!out) return out;
  struct Acc {
    Value list;
    const Value* targets;
    std::size_t n;
    bool hit;
  } acc{out, args, nargs, false};
  gc_for_each_tracked(
      -1,
      [](Object* o, void* p) {
        auto* a = static_cast<Acc*>(p);
        if (val(o) == a->list || !o->type->traverse) return;
        a->hit = false;
        o->type->traverse(
            o,
            [](Value v, void* q) {
              auto* b = static_cast<Acc*>(q);
              for (std::size_t i = 0; i < b->n; ++i)
                if (v == b->targets[i]) b->hit = true;
            },
            a);
        if (a->hit && list_append(a->list, val(o)) < 0) clear_error();
      },
      &acc);
  return out;
}

// gc.get_stats(): a dict per generation.
Value gc_get_stats(Value, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("gc.get_stats", kw) || !check_exact("gc.get_stats", nargs, 0)) return Value();
  Value out = make_list(kGcGenerations);
  if (!out) return out;
  for (int i = 0; i < kGcGenerations; ++i) {
    Value d = make_dict();
    if (!d) {
      decref(out);
      return d;
    }
    Value c = make_int(g_gc_stats[i].collections), n = make_int(g_gc_stats[i].collected);
    dict_set_str(d, "collections", c);
    dict_set_str(d, "collected", n);
    dict_set_str(d, "uncollectable", Value::small(0));
    decref(c);
    decref(n);
    as_list(out)->items[i] = d;
  }
  return out;
}

// gc.freeze() / gc.unfreeze() / gc.get_freeze_count()
Value gc_freeze_fn(Value, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("gc.freeze", kw) || !check_exact("gc.freeze", nargs, 0)) return Value();
  gc_freeze();
  return newref(None());
}
Value gc_unfreeze_fn(Value, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("gc.unfreeze", kw) || !check_exact("gc.unfreeze", nargs, 0)) return Value();
  gc_unfreeze();
  return newref(None());
}
Value gc_get_freeze_count(Value, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("gc.get_freeze_count", kw) || !check_exact("gc.get_freeze_count", nargs, 0)) return Value();
  return make_int(gc_freeze_count());
}

// gc.set_debug(flags) / gc.get_debug()
Value gc_set_debug(Value, const Value* args, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("gc.set_debug", kw) || !check_exact("gc.set_debug", nargs, 1)) return Value();
  std::int64_t flags = 0;
  if (!int_arg(args[0], flags)) return Value();
  g_gc_debug = static_cast<int>(flags);
  return newref(None());
}
Value gc_get_debug(Value, const Value*, std::size_t nargs, Tuple* kw) {
  if (!no_kwargs("gc.get_debug", kw) || !check_exact("gc.get_debug", nargs, 0)) return Value();
  return make_int(g_gc_debug);
}

}  // namespace

Value make_gc_module() {
  Value m = new_module("gc");
  if (!m) return m;
  module_put_fn(m, "collect", gc_collect_fn);
  module_put_fn(m, "enable", gc_enable);
  module_put_fn(m, "disable", gc_disable);
  module_put_fn(m, "isenabled", gc_isenabled);
  module_put_fn(m, "get_count", gc_get_count);
  module_put_fn(m, "get_threshold", gc_get_threshold);
  module_put_fn(m, "set_threshold", gc_set_threshold);
  module_put_fn(m, "is_tracked", gc_is_tracked_fn);
  module_put_fn(m, "is_finalized", gc_is_finalized_fn);
  module_put_fn(m, "get_objects", gc_get_objects);
  module_put_fn(m, "get_referents", gc_get_referents);
  module_put_fn(m, "get_referrers", gc_get_referrers);
  module_put_fn(m, "get_stats", gc_get_stats);
  module_put_fn(m, "freeze", gc_freeze_fn);
  module_put_fn(m, "unfreeze", gc_unfreeze_fn);
  module_put_fn(m, "get_freeze_count", gc_get_freeze_count);
  module_put_fn(m, "set_debug", gc_set_debug);
  module_put_fn(m, "get_debug", gc_get_debug);
  module_put(m, "DEBUG_STATS", Value::small(1));
  module_put(m, "DEBUG_COLLECTABLE", Value::small(2));
  module_put(m, "DEBUG_UNCOLLECTABLE", Value::small(4));
  module_put(m, "DEBUG_SAVEALL", Value::small(kGcDebugSaveAll));
  module_put(m, "DEBUG_LEAK", Value::small(38));
  // gc.garbage: the collector appends to this list under DEBUG_SAVEALL (it keeps a
  // reference of its own: the list lives as long as the process).
  Value garbage = make_list(0);
  if (garbage) {
    if (g_gc_garbage) decref(g_gc_garbage);
    g_gc_garbage = newref(garbage);
    module_put(m, "garbage", garbage);
  }
  module_put(m, "callbacks", make_list(0));
  return m;
}

}  // namespace peppy::vm
