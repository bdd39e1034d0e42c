// test_gc.cpp: the cycle collector at the object layer (objects/gc.hpp): cycles of
// lists, dicts, tuples and classes are found and freed, reachable objects are kept
// however they are referenced, dicts are tracked only once they may be part of a cycle,
// tuples of atomic items stop being tracked, and the generations and thresholds behave
// as CPython's. Every test collects first, so what other tests left behind is not
// counted.
#include <doctest/doctest.h>

#include "objects/core.hpp"
#include "objects/gc.hpp"
#include "objects_test_util.hpp"

namespace o = peppy::objects;
using o::Value;

namespace {
// Collects everything (the full collection's count).
std::int64_t collect() { return o::gc_collect(o::kGcGenerations - 1); }
// Whether v is tracked by the collector.
bool tracked(Value v) { return v.is_object() && o::is_gc(v.obj()) && o::gc_is_tracked(v.obj()); }
}  // namespace

TEST_CASE("gc: self-referencing containers are collected, one object each") {
  objtest::setup();
  collect();
  Value l = o::make_list(0);
  REQUIRE(o::list_append(l, l) == 0);
  o::decref(l);
  Value d = o::make_dict();
  REQUIRE(o::dict_set(d, o::Value::small(1), d) == 0);
  o::decref(d);
  CHECK(collect() == 2);
  CHECK(collect() == 0);
}

TEST_CASE("gc: reachable cycles stay, and go once the last outside reference does") {
  objtest::setup();
  collect();
  Value a = o::make_list(0), b = o::make_list(0);
  REQUIRE(o::list_append(a, b) == 0);
  REQUIRE(o::list_append(b, a) == 0);
  Value t = o::tuple_pack({a});
  o::decref(a);
  o::decref(b);
  CHECK(collect() == 0);  // held by t (itself held here)
  CHECK(o::as_list(o::as_tuple(t)->items[0])->length == 1);
  o::decref(t);  // the tuple goes by reference counting; the two lists are a cycle
  CHECK(collect() == 2);
}

TEST_CASE("gc: dicts are tracked from the first value that may join a cycle") {
  objtest::setup();
  Value d = o::make_dict();
  CHECK_FALSE(tracked(d));
  REQUIRE(o::dict_set(d, o::Value::small(1), o::None()) == 0);
  CHECK_FALSE(tracked(d));
  Value l = o::make_list(0);
  REQUIRE(o::dict_set(d, o::Value::small(2), l) == 0);
  CHECK(tracked(d));
  Value c = o::dict_copy(d);
  CHECK(tracked(c));
  o::decref(c);
  o::decref(l);
  o::decref(d);
}

TEST_CASE("gc: tuples of atomic items stop being tracked when they survive a collection") {
  objtest::setup();
  Value atomic = o::tuple_pack({o::Value::small(1), o::None()});
  Value l = o::make_list(0);
  Value holder = o::tuple_pack({l});
  CHECK(tracked(atomic));
  collect();
  CHECK_FALSE(tracked(atomic));
  CHECK(tracked(holder));
  CHECK_FALSE(tracked(o::empty_tuple()));
  o::decref(atomic);
  o::decref(holder);
  o::decref(l);
}

TEST_CASE("gc: a class is a cycle (its MRO holds it) that a collection frees") {
  objtest::setup();
  collect();
  Value ns = o::make_dict();
  Value bases = o::tuple_pack({o::val(o::ObjectType)});
  Value name = o::make_str_utf8("C");
  o::Type* t = o::make_heap_type(o::as_str(name), o::as_tuple(bases), o::as_dict(ns));
  o::decref(name);
  REQUIRE(t);
  CHECK(tracked(o::val(t)));
  Value inst = o::alloc_instance(t);
  REQUIRE(inst);
  CHECK(o::setattr(inst, o::intern("me"), inst) == 0);  // an instance cycle too
  o::decref(inst);
  o::decref(o::val(t));
  o::decref(bases);
  o::decref(ns);
  // the instance; the class, its dict, MRO and bases, its __dict__ and __weakref__
  // descriptors (the instance's own dict is not counted: CPython 3.11 has none)
  CHECK(collect() == 7);
}

TEST_CASE("gc: allocations past the threshold schedule a collection of generation 0") {
  objtest::setup();
  collect();
  CHECK(o::g_gc_gens[0].count == 0);
  const std::int64_t saved = o::g_gc_gens[0].threshold;
  o::g_gc_gens[0].threshold = 10;
  o::g_gc_pending = false;
  std::vector<Value> keep;
  for (int i = 0; i < 11; ++i) keep.push_back(o::make_list(0));
  CHECK(o::g_gc_pending);
  const std::int64_t collections = o::g_gc_stats[0].collections;
  o::gc_collect_pending();
  CHECK_FALSE(o::g_gc_pending);
  CHECK(o::g_gc_stats[0].collections == collections + 1);
  CHECK(o::g_gc_gens[0].count == 0);
  CHECK(o::g_gc_gens[1].count >= 1);
  for (Value v : keep) o::decref(v);
  o::g_gc_gens[0].threshold = saved;
}
