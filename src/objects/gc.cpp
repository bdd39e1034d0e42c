// gc.cpp: the cycle collector (the facts from CPython's gcmodule.c, the code our own).
// Three generations of tracked objects; a collection of generation g merges the younger
// lists into g's and then:
//   1. gc_refs = refcnt for each object (flag kGcCollecting);
//   2. each object's traverse subtracts 1 from the gc_refs of the collected objects it
//      references: what is left counts references from outside the generation;
//   3. objects with gc_refs > 0 are reachable, and so is everything they reach: the rest
//      moves to the `unreachable` list;
//   4. the finalizers of the unreachable objects run (once per object, PEP 442); then
//      reachability is computed again among them, and any object a finalizer resurrected
//      (with everything it reaches) goes back to the generation;
//   5. the remaining objects are counted (the result of collect()) and their `clear`
//      slots break the cycles, so that reference counting frees them.
// Survivors move to the next older generation. Automatic collections follow CPython's
// thresholds (700, 10, 10) and its rule that a full collection waits until the objects
// that survived since the last one are a quarter of those that existed then.
#include "objects/gc.hpp"

#include "objects/core.hpp"

namespace peppy::objects {

GcGeneration g_gc_gens[kGcGenerations] = {
    {{&g_gc_gens[0].head, &g_gc_gens[0].head, 0}, 700, 0},
    {{&g_gc_gens[1].head, &g_gc_gens[1].head, 0}, 10, 0},
    {{&g_gc_gens[2].head, &g_gc_gens[2].head, 0}, 10, 0},
};
bool g_gc_enabled = true;
bool g_gc_pending = false;
GcStats g_gc_stats[kGcGenerations];
int g_gc_debug = 0;
Value g_gc_garbage;

namespace {

bool g_collecting = false;
GcHead g_permanent = {&g_permanent, &g_permanent, 0};  // gc.freeze()'s generation
std::int64_t g_long_lived_total = 0;    // objects in the oldest generation after the last full collection
std::int64_t g_long_lived_pending = 0;  // objects that reached it since

// ---------------------------------------------------------------- lists
void list_init(GcHead* l) { l->next = l->prev = l; }
bool list_empty(GcHead* l) { return l->next == l; }
// Appends h (unlinked) at the end of l.
void list_append(GcHead* h, GcHead* l) {
  h->next = l;
  h->prev = l->prev;
  l->prev->next = h;
  l->prev = h;
}
// Moves h from its list to the end of l.
void list_move(GcHead* h, GcHead* l) {
  h->prev->next = h->next;
  h->next->prev = h->prev;
  list_append(h, l);
}
// Appends all of from to the end of to (from ends empty).
void list_merge(GcHead* from, GcHead* to) {
  if (list_empty(from)) return;
  GcHead* first = from->next;
  GcHead* last = from->prev;
  to->prev->next = first;
  first->prev = to->prev;
  last->next = to;
  to->prev = last;
  list_init(from);
}
std::int64_t list_size(GcHead* l) {
  std::int64_t n = 0;
  for (GcHead* h = l->next; h != l; h = h->next) ++n;
  return n;
}

constexpr std::intptr_t kRefsCap = std::intptr_t{1} << 40;
std::intptr_t refs_of(GcHead* h) { return static_cast<std::intptr_t>(h->bits) >> kGcShift; }
void set_refs(GcHead* h, std::intptr_t r) {
  h->bits = (h->bits & ((std::uintptr_t{1} << kGcShift) - 1)) | (static_cast<std::uintptr_t>(r) << kGcShift);
}

// The gc head of v if v is a gc object in the collection, else null.
GcHead* collected_head(Value v) {
  if (!v.is_object()) return nullptr;
  Object* o = v.obj();
  if (!is_gc(o)) return nullptr;
  GcHead* h = gc_head(o);
  return (h->bits & kGcCollecting) ? h : nullptr;
}

void traverse(GcHead* h, void (*visit)(Value, void*), void* arg) {
  Object* o = gc_object(h);
  if (o->type->traverse) o->type->traverse(o, visit, arg);
}

// ---------------------------------------------------------------- the phases
// gc_refs = refcnt, and marks the objects as collected.
void update_refs(GcHead* young) {
  for (GcHead* h = young->next; h != young; h = h->next) {
    h->bits = (h->bits & (kGcFinalized | kGcHidden)) | kGcCollecting;
    // (Immortal objects have counts near 2^60: capped, they stay far from zero.)
    const std::intptr_t r = gc_object(h)->refcnt;
    set_refs(h, r < kRefsCap ? r : kRefsCap);
  }
}

// Visitor of subtract_refs: one reference from inside.
void visit_decref(Value v, void*) {
  if (GcHead* h = collected_head(v)) set_refs(h, refs_of(h) - 1);
}
void subtract_refs(GcHead* young) {
  for (GcHead* h = young->next; h != young; h = h->next) traverse(h, visit_decref, nullptr);
}

// Visitor of move_unreachable: v is referenced by a reachable object.
void visit_reachable(Value v, void* arg) {
  GcHead* h = collected_head(v);
  if (!h) return;
  if (h->bits & kGcUnreachable) {
    // It was moved out as unreachable: back to the end of young, to be scanned again.
    h->bits &= ~kGcUnreachable;
    list_move(h, static_cast<GcHead*>(arg));
    set_refs(h, 1);
  } else if (refs_of(h) == 0) {
    set_refs(h, 1);  // not scanned yet: it will be seen as reachable
  }
}
// Moves the objects of young that nothing outside reaches to `unreachable` (flagged
// kGcUnreachable). A negative gc_refs (a traverse that visits a reference it does not
// own) is treated as reachable: the collector never frees what it cannot account for.
void move_unreachable(GcHead* young, GcHead* unreachable) {
  GcHead* h = young->next;
  while (h != young) {
    if (refs_of(h) != 0) {
      traverse(h, visit_reachable, young);
      h = h->next;
    } else {
      GcHead* next = h->next;
      list_move(h, unreachable);
      h->bits |= kGcUnreachable;
      h = next;
    }
  }
}

// Finds the unreachable objects of young (gc_refs computed from scratch).
void deduce_unreachable(GcHead* young, GcHead* unreachable) {
  update_refs(young);
  subtract_refs(young);
  move_unreachable(young, unreachable);
}

void clear_collecting(GcHead* l) {
  for (GcHead* h = l->next; h != l; h = h->next) h->bits &= (kGcFinalized | kGcHidden);
}

// Whether every item of a tuple is atomic for the collector.
bool tuple_is_atomic(Tuple* t) {
  for (std::size_t i = 0; i < t->length; ++i)
    if (gc_may_be_tracked(t->items[i])) return false;
  return true;
}
// Whether every key and value of a dict is atomic for the collector.
bool dict_is_atomic(Dict* d) {
  std::size_t pos = 0;
  Value k, v;
  while (dict_next(d, pos, k, v))
    if (gc_may_be_tracked(k) || gc_may_be_tracked(v)) return false;
  return true;
}
// Stops tracking the surviving exact tuples (and, for full collections, dicts) whose
// contents can never be part of a cycle, as CPython does.
void untrack_atomic(GcHead* l, bool dicts) {
  GcHead* h = l->next;
  while (h != l) {
    GcHead* next = h->next;
    Object* o = gc_object(h);
    if (o->type == TupleType ? tuple_is_atomic(static_cast<Tuple*>(o))
                             : dicts && o->type == DictType && dict_is_atomic(static_cast<Dict*>(o)))
      gc_untrack(o);
    h = next;
  }
}

// Runs the finalizers of the unreachable objects (each object once in its life).
void finalize_garbage(GcHead* unreachable) {
  GcHead seen;
  list_init(&seen);
  while (!list_empty(unreachable)) {
    GcHead* h = unreachable->next;
    list_move(h, &seen);
    Object* o = gc_object(h);
    if (!(h->bits & kGcFinalized) && o->type->finalize) {
      h->bits |= kGcFinalized;
      incref(val(o));
      o->type->finalize(o);
      decref(val(o));  // may free o (its finalizer broke its cycle): it leaves `seen`
    }
  }
  list_merge(&seen, unreachable);
}

// After the finalizers: the objects of `unreachable` that something reaches again go
// back to `old`; the rest moves to `final`.
void handle_resurrected(GcHead* unreachable, GcHead* final, GcHead* old) {
  for (GcHead* h = unreachable->next; h != unreachable; h = h->next) h->bits &= ~kGcUnreachable;
  deduce_unreachable(unreachable, final);
  clear_collecting(unreachable);
  list_merge(unreachable, old);
}

// Breaks the cycles of the garbage: each object's clear drops its references; objects
// still alive afterwards (something else held them) go to `old`.
void delete_garbage(GcHead* garbage, GcHead* old) {
  const bool save = (g_gc_debug & kGcDebugSaveAll) && g_gc_garbage && is_list(g_gc_garbage);
  while (!list_empty(garbage)) {
    GcHead* h = garbage->next;
    Object* o = gc_object(h);
    if (save) {
      if (list_append(g_gc_garbage, val(o)) < 0) clear_error();
    } else if (o->type->clear) {
      incref(val(o));
      o->type->clear(o);
      if (has_error()) clear_error();
      decref(val(o));
    }
    if (garbage->next == h) {
      h->bits &= (kGcFinalized | kGcHidden);
      list_move(h, old);
    }
  }
}

// One collection of generation `generation` (with the younger ones merged in).
std::int64_t collect_main(int generation) {
  ++g_gc_stats[generation].collections;
  if (generation + 1 < kGcGenerations) ++g_gc_gens[generation + 1].count;
  for (int i = 0; i <= generation; ++i) g_gc_gens[i].count = 0;
  GcHead* young = &g_gc_gens[generation].head;
  for (int i = 0; i < generation; ++i) list_merge(&g_gc_gens[i].head, young);
  GcHead* old = generation + 1 < kGcGenerations ? &g_gc_gens[generation + 1].head : young;

  GcHead unreachable;
  list_init(&unreachable);
  deduce_unreachable(young, &unreachable);
  clear_collecting(young);
  untrack_atomic(young, young == old);
  if (young != old) {
    if (generation == kGcGenerations - 2) g_long_lived_pending += list_size(young);
    list_merge(young, old);
  } else {
    g_long_lived_pending = 0;
    g_long_lived_total = list_size(young);
  }
  if (list_empty(&unreachable)) return 0;

  // The finalizers run with the current exception put aside.
  Value saved = take_error();
  finalize_garbage(&unreachable);
  GcHead final;
  list_init(&final);
  handle_resurrected(&unreachable, &final, old);
  std::int64_t n = 0;
  for (GcHead* h = final.next; h != &final; h = h->next)
    if (!(h->bits & kGcHidden)) ++n;
  g_gc_stats[generation].collected += n;
  delete_garbage(&final, old);
  if (saved) {
    set_error(saved);
    decref(saved);
  }
  return n;
}

}  // namespace

std::int64_t gc_collect(int generation) {
  if (g_collecting) return 0;
  if (generation < 0) generation = 0;
  if (generation >= kGcGenerations) generation = kGcGenerations - 1;
  g_collecting = true;
  std::int64_t n = collect_main(generation);
  g_collecting = false;
  return n;
}

void gc_collect_pending() {
  g_gc_pending = false;
  if (!g_gc_enabled || g_collecting) return;
  // The oldest generation past its threshold (a full collection only when enough objects
  // survived since the last one: CPython's rule against quadratic behaviour).
  for (int i = kGcGenerations - 1; i >= 0; --i) {
    if (g_gc_gens[i].count > g_gc_gens[i].threshold && g_gc_gens[i].threshold > 0) {
      if (i == kGcGenerations - 1 && g_long_lived_pending < g_long_lived_total / 4) continue;
      gc_collect(i);
      break;
    }
  }
}

bool gc_collecting() { return g_collecting; }

void gc_for_each_tracked(int generation, void (*fn)(Object*, void*), void* arg) {
  for (int i = 0; i < kGcGenerations; ++i) {
    if (generation >= 0 && i != generation) continue;
    GcHead* l = &g_gc_gens[i].head;
    for (GcHead* h = l->next; h != l; h = h->next) fn(gc_object(h), arg);
  }
}

void gc_freeze() {
  for (auto& g : g_gc_gens) {
    list_merge(&g.head, &g_permanent);
    g.count = 0;
  }
}
void gc_unfreeze() { list_merge(&g_permanent, &g_gc_gens[kGcGenerations - 1].head); }
std::int64_t gc_freeze_count() { return list_size(&g_permanent); }

}  // namespace peppy::objects
