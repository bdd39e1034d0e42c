// test_objects.cpp: table-driven tests of the built-in types against answers CPython
// 3.11 gave (objects_tables.inc): float repr and hash, int arithmetic (big and small,
// floor division and modulo signs, shifts, powers, errors), int/float mixes, int and
// tuple hashes, format specs, str methods and %-formatting.
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "objects_test_util.hpp"

using namespace objtest;
using objects::Value;

namespace {
#include "objects_tables.inc"

// Applies op (a BinOp, or 100 + CmpOp) to a and b.
Value apply(Value a, int op, Value b) {
  if (op >= 100) return objects::compare(a, b, op - 100);
  return objects::binary_op(a, b, op);
}

// Parses a tuple literal of ints, floats, None, True, False and nested tuples.
Value parse_literal(const char*& p) {
  while (*p == ' ') ++p;
  if (*p == '(') {
    ++p;
    std::vector<Value> items;
    while (true) {
      while (*p == ' ' || *p == ',') ++p;
      if (*p == ')') {
        ++p;
        break;
      }
      items.push_back(parse_literal(p));
    }
    Value t = objects::make_tuple(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) objects::as_tuple(t)->items[i] = items[i];
    return t;
  }
  if (std::string(p).rfind("None", 0) == 0) {
    p += 4;
    return objects::None();
  }
  if (std::string(p).rfind("True", 0) == 0) {
    p += 4;
    return objects::True();
  }
  if (std::string(p).rfind("False", 0) == 0) {
    p += 5;
    return objects::False();
  }
  const char* s = p;
  bool is_float = false;
  while (*p && *p != ',' && *p != ')') {
    if (*p == '.' || *p == 'e') is_float = true;
    ++p;
  }
  std::string tok(s, p);
  if (is_float) return objects::make_float(std::strtod(tok.c_str(), nullptr));
  return objects::make_int_from_decimal(tok);
}
}  // namespace

TEST_CASE("float repr matches CPython") {
  setup();
  for (const FloatCase& c : kFloatCases) {
    Value f = objects::make_float(c.value);
    CHECK(R(objects::newref(f)) == std::string(c.repr));
    if (c.hash_ok) CHECK(objects::hash(f) == c.hash);
    // The repr reads back to the same double.
    Value s = objects::make_str_utf8(c.repr);
    Value back = objects::call(objects::val(objects::FloatType), &s, 1);
    REQUIRE(back);
    if (!std::isnan(c.value)) CHECK(objects::as_float(back)->value == c.value);
    objtest::drop({f, s, back});
  }
}

TEST_CASE("int arithmetic matches CPython") {
  setup();
  for (const IntCase& c : kIntCases) {
    Value a = objects::make_int_from_decimal(c.a);
    Value b = objects::make_int_from_decimal(c.b);
    std::string got = R(apply(a, c.op, b));
    std::string want = c.result;
    if (want[0] == '!') {
      CHECK_MESSAGE(got == std::string(want), std::string(c.a), " op", c.op, " ", std::string(c.b));
    } else {
      CHECK_MESSAGE(got == std::string(want), std::string(c.a), " op", c.op, " ", std::string(c.b));
    }
    objtest::drop({a, b});
  }
}

TEST_CASE("int/float mixed arithmetic matches CPython") {
  setup();
  for (const MixedCase& c : kMixedCases) {
    Value a = V(c.a), b = V(c.b);
    CHECK_MESSAGE(R(apply(a, c.op, b)) == std::string(c.result), std::string(c.a), " op", c.op, " ", std::string(c.b));
    objtest::drop({a, b});
  }
}

TEST_CASE("int and tuple hashes match CPython") {
  setup();
  for (const IntHash& c : kIntHashes) {
    Value v = objects::make_int_from_decimal(c.value);
    CHECK_MESSAGE(objects::hash(v) == c.hash, std::string(c.value));
    objects::decref(v);
  }
  for (const TupleHash& c : kTupleHashes) {
    const char* p = c.text;
    Value t = parse_literal(p);
    CHECK(R(objects::newref(t)) == std::string(c.text));
    CHECK_MESSAGE(objects::hash(t) == c.hash, std::string(c.text));
    objects::decref(t);
  }
}

TEST_CASE("format specs match CPython") {
  setup();
  for (const FormatCase& c : kFormatCases) {
    Value v = V(c.value);
    Value spec = objects::make_str_utf8(c.spec);
    Value r = objects::format(v, spec);
    std::string got = r ? S(r) : R(r);
    CHECK_MESSAGE(got == std::string(c.result), std::string(c.value), " spec '", std::string(c.spec), "'");
    objtest::drop({v, spec});
  }
}

TEST_CASE("str methods match CPython") {
  setup();
  static const StrMethodCase cases[] = {STR_METHOD_CASES};
  for (const StrMethodCase& c : cases) {
    Value self = objects::make_str_utf8(c.self);
    std::vector<Value> args = c.args();
    CHECK_MESSAGE(R(method(self, c.method, args)) == std::string(c.result), "'", std::string(c.self), "'.", std::string(c.method));
    for (Value a : args) objects::decref(a);
    objects::decref(self);
  }
}

TEST_CASE("printf-style formatting matches CPython") {
  setup();
  static const PercentCase cases[] = {PERCENT_CASES};
  for (const PercentCase& c : cases) {
    Value fmt = objects::make_str_utf8(c.fmt);
    std::vector<Value> args = c.args();
    Value t = objects::make_tuple_from(args.data(), args.size());
    Value r = objects::binary_op(fmt, t, 6);
    std::string got = r ? S(r) : R(r);
    CHECK_MESSAGE(got == std::string(c.result), std::string(c.fmt));
    for (Value a : args) objects::decref(a);
    objtest::drop({fmt, t});
  }
}
