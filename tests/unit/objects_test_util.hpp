// objects_test_util.hpp: helpers for the object-layer unit tests: making values from
// short text ("i:123", "f:0x1.8p+0", "s:abc"), turning a result (or the error it set)
// into text, calling built-ins and methods by name.
#pragma once

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "builtins/builtins.hpp"
#include "objects/core.hpp"

namespace objtest {

namespace objects = peppy::objects;
using objects::Value;

// Sets up the object layer once.
inline void setup() {
  objects::initialize();
  peppy::builtins::builtins_dict();
}

// A value from "i:<decimal>", "f:<hex float|inf|nan>" or "s:<utf-8>".
inline Value V(const char* enc) {
  std::string s(enc);
  std::string body = s.substr(2);
  if (s[0] == 'i') return objects::make_int_from_decimal(body);
  if (s[0] == 'f') return objects::make_float(std::strtod(body.c_str(), nullptr));
  return objects::make_str_utf8(body);
}

// The repr of a result (consumed), or "!Type: message" for the error it set.
inline std::string R(Value v) {
  using namespace objects;
  if (!v) {
    REQUIRE(has_error());
    Value e = take_error();
    Value s = str(e);
    std::string out = "!" + type_of(e)->name + ": " + str_utf8(as_str(s));
    decref(s);
    decref(e);
    return out;
  }
  REQUIRE(!has_error());
  Value r = repr(v);
  std::string out = str_utf8(as_str(r));
  decref(r);
  decref(v);
  return out;
}
// The str() of a result (consumed), or the error text.
inline std::string S(Value v) {
  using namespace objects;
  if (!v) return R(v);
  Value s = str(v);
  decref(v);
  std::string out = str_utf8(as_str(s));
  decref(s);
  return out;
}

// Values a test keeps until its end: P(v) hands v (a new reference) to the current
// pool, which releases everything it holds when the test case's Pool goes away.
struct Pool {
  std::vector<Value> held;
  Pool() { current() = this; }
  ~Pool() {
    for (auto it = held.rbegin(); it != held.rend(); ++it) objects::xdecref(*it);
    current() = nullptr;
  }
  static Pool*& current() {
    static Pool* p = nullptr;
    return p;
  }
};
inline Value P(Value v) {
  if (Pool::current()) Pool::current()->held.push_back(v);
  return v;
}

// A list made of the given values (takes them over; not pooled).
inline Value steal_list(std::initializer_list<Value> items) {
  Value l = objects::make_list(items.size());
  std::size_t i = 0;
  for (Value v : items) objects::as_list(l)->items[i++] = v;
  return l;
}

// A list of the given values (borrowed), kept in the pool when there is one.
inline Value list_of(std::initializer_list<Value> items) {
  Value l = objects::make_list(items.size());
  std::size_t i = 0;
  for (Value v : items) objects::as_list(l)->items[i++] = objects::newref(v);
  return P(l);
}

// Calls the built-in function `name` with args (borrowed).
inline Value builtin(const char* name, std::vector<Value> args, objects::Tuple* kw = nullptr) {
  Value f = objects::dict_get_str(peppy::builtins::builtins_dict(), objects::intern(name));
  REQUIRE(f);
  std::size_t nkw = kw ? kw->length : 0;
  return objects::call(f, args.data(), args.size() - nkw, kw);
}
// Calls method `name` of self with args (borrowed).
inline Value method(Value self, const char* name, std::vector<Value> args = {}) {
  return objects::call_method(self, objects::intern(name), args.data(), args.size());
}
// Drops references.
inline void drop(std::initializer_list<Value> vs) {
  for (Value v : vs) objects::xdecref(v);
}

}  // namespace objtest
