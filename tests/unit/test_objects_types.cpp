// test_objects_types.cpp: hand-written tests of the built-in types' behaviour (reprs,
// containers, dict order and errors, set order, slicing, sorting, classes made by
// make_heap_type, exceptions, the built-in functions and their error messages) and of
// reference counting (objects are freed when their counts reach zero). Expected
// values are what CPython 3.11 prints.
#include <string>
#include <vector>

#include "objects_test_util.hpp"

using namespace objtest;
using objects::Value;
namespace o = peppy::objects;

namespace {
// Test values, released at the end of the test case (see Pool).
Value I(std::int64_t v) { return P(o::make_int(v)); }
Value Str(const char* s) { return P(o::make_str_utf8(s)); }
Value F(double d) { return P(o::make_float(d)); }
Value Tup(std::initializer_list<Value> items) { return P(o::tuple_pack(items)); }
}  // namespace

TEST_CASE("str repr picks quotes and escapes as CPython") {
  setup();
  Pool pool;
  CHECK(R(o::newref(Str("a'b"))) == "\"a'b\"");
  CHECK(R(o::newref(Str("a\"b"))) == "'a\"b'");
  CHECK(R(o::newref(Str("a'\"b"))) == "'a\\'\"b'");
  CHECK(R(o::make_str(std::u32string(U"\x00\x7f\u00e9\u200b\U0001F600\\", 6))) == "'\\x00\\x7f\u00e9\\u200b\U0001F600\\\\'");
  CHECK(R(o::newref(Str("tab\there\n"))) == "'tab\\there\\n'");
}

TEST_CASE("str indexing, slicing, concatenation, comparison") {
  setup();
  Pool pool;
  Value s = Str("hello");
  CHECK(R(o::getitem(s, I(1))) == "'e'");
  CHECK(R(o::getitem(s, I(-1))) == "'o'");
  CHECK(R(o::getitem(s, I(5))) == "!IndexError: string index out of range");
  Value sl = P(o::make_slice(o::None(), o::None(), I(-2)));
  CHECK(R(o::getitem(s, sl)) == "'olh'");
  CHECK(R(o::getitem(s, Str("x"))) == "!TypeError: string indices must be integers, not 'str'");
  CHECK(R(o::binary_op(s, Str(" world"), 0)) == "'hello world'");
  CHECK(R(o::binary_op(s, I(2), 5)) == "'hellohello'");
  CHECK(R(o::binary_op(I(2), s, 5)) == "'hellohello'");
  CHECK(R(o::binary_op(s, I(1), 0)) == "!TypeError: can only concatenate str (not \"int\") to str");
  CHECK(R(o::binary_op(s, s, 5)) == "!TypeError: can't multiply sequence by non-int of type 'str'");
  CHECK(R(o::compare(Str("abc"), Str("abd"), 0)) == "True");
  CHECK(R(o::compare(Str("abc"), I(1), 0)) == "!TypeError: '<' not supported between instances of 'str' and 'int'");
  CHECK(o::contains(s, Str("ell")) == 1);
  CHECK(o::hash(Str("abc")) == o::hash(Str("abc")));
}

TEST_CASE("list behaviour") {
  setup();
  Pool pool;
  Value l = list_of({I(5), I(3), I(1), I(4)});
  Value sl = P(o::make_slice(I(1), I(3), o::None()));
  Value repl = list_of({I(9), I(9), I(9)});
  CHECK(o::setitem(l, sl, repl) == 0);
  CHECK(R(o::newref(l)) == "[5, 9, 9, 9, 4]");
  Value step2 = P(o::make_slice(o::None(), o::None(), I(2)));
  CHECK(o::delitem(l, step2) == 0);
  CHECK(R(o::newref(l)) == "[9, 9]");
  CHECK(o::setitem(l, step2, list_of({I(1), I(2)})) == -1);  // leaks nothing: the list is a temporary
  CHECK(R(Value()) == "!ValueError: attempt to assign sequence of size 2 to extended slice of size 1");
  CHECK(R(method(l, "pop", {I(5)})) == "!IndexError: pop index out of range");
  CHECK(R(method(l, "remove", {I(7)})) == "!ValueError: list.remove(x): x not in list");
  CHECK(R(method(l, "index", {I(7)})) == "!ValueError: 7 is not in list");
  CHECK(R(o::getitem(l, I(2))) == "!IndexError: list index out of range");
  CHECK(R(o::getitem(l, Str("a"))) == "!TypeError: list indices must be integers or slices, not str");
  // Recursive repr.
  o::list_append(l, l);
  CHECK(R(o::newref(l)) == "[9, 9, [...]]");
  CHECK(R(method(l, "pop")) == "[9, 9]");
  // + and * and +=
  Value t = P(o::make_tuple_from(nullptr, 0));
  CHECK(R(o::binary_op(l, t, 0)) == "!TypeError: can only concatenate list (not \"tuple\") to list");
  CHECK(R(o::binary_op(l, t, 13)) == "[9, 9]");  // += extends with any iterable
  CHECK(R(o::binary_op(l, I(2), 5)) == "[9, 9, 9, 9]");
  CHECK(R(o::compare(l, list_of({I(9), I(10)}), 0)) == "True");
  CHECK(o::hash(l) == -1);
  CHECK(R(Value()) == "!TypeError: unhashable type: 'list'");
}

TEST_CASE("list.sort is stable, honours key= and reverse=") {
  setup();
  Pool pool;
  auto pair = [](int a, const char* b) { return Tup({I(a), Str(b)}); };
  Value l = list_of({pair(1, "b"), pair(0, "z"), pair(1, "a"), pair(0, "y")});
  Value first = P(o::getattr(o::val(o::TupleType), o::intern("__getitem__")));
  // key = lambda x: x[0] is not available without the VM: sort by the whole tuple, then check stability with reverse.
  CHECK(o::list_sort(o::as_list(l), Value(), false) == 0);
  CHECK(R(o::newref(l)) == "[(0, 'y'), (0, 'z'), (1, 'a'), (1, 'b')]");
  Value nums = list_of({I(3), F(1.5), I(-2), I(10), F(2.0)});
  CHECK(o::list_sort(o::as_list(nums), Value(), true) == 0);
  CHECK(R(o::newref(nums)) == "[10, 3, 2.0, 1.5, -2]");
  Value mixed = list_of({I(1), Str("a")});
  CHECK(o::list_sort(o::as_list(mixed), Value(), false) == -1);
  CHECK(R(Value()) == "!TypeError: '<' not supported between instances of 'str' and 'int'");
  // key=abs through the builtin
  Value absf = o::dict_get_str(peppy::builtins::builtins_dict(), o::intern("abs"));
  Value ints = list_of({I(-3), I(1), I(-2), I(2), I(3)});
  CHECK(o::list_sort(o::as_list(ints), absf, false) == 0);
  CHECK(R(o::newref(ints)) == "[1, -2, 2, -3, 3]");
  // A long list (merge sort path).
  Value big = P(o::make_list(0));
  for (int i = 0; i < 1000; ++i) o::list_append(big, I((i * 7919) % 1000));
  CHECK(o::list_sort(o::as_list(big), Value(), false) == 0);
  bool ok = true;
  for (int i = 0; i < 1000; ++i) ok = ok && o::as_list(big)->items[i].small_value() == i;
  CHECK(ok);
}

TEST_CASE("dict behaviour and errors") {
  setup();
  Pool pool;
  Value d = P(o::make_dict());
  for (int i = 0; i < 100; ++i) o::dict_set(d, I(i), I(i * i));
  for (int i = 0; i < 100; i += 2) o::dict_del(d, I(i));
  CHECK(o::length(d) == 50);
  Value keys = P(o::list_from_iterable(d));
  CHECK(o::as_list(keys)->items[0].small_value() == 1);
  CHECK(o::as_list(keys)->items[49].small_value() == 99);
  CHECK(R(o::getitem(d, Str("x"))) == "!KeyError: 'x'");
  CHECK(R(o::getitem(d, I(2))) == "!KeyError: 2");
  Value lk = list_of({});
  CHECK(R(o::getitem(d, lk)) == "!TypeError: unhashable type: 'list'");
  CHECK(R(method(d, "popitem")) == "(99, 9801)");
  CHECK(R(method(d, "get", {I(3)})) == "9");
  CHECK(R(method(d, "get", {I(4), Str("no")})) == "'no'");
  CHECK(R(method(d, "setdefault", {I(4), I(16)})) == "16");
  CHECK(R(method(d, "pop", {I(1000)})) == "!KeyError: 1000");
  // Changing the size while iterating.
  Value it = P(o::get_iter(d));
  Value first = P(o::iter_next(it));
  o::dict_set(d, I(1000), I(1));
  CHECK(R(o::iter_next(it)) == "!RuntimeError: dictionary changed size during iteration");
  // Repr with recursion, views.
  Value small = P(o::make_dict());
  o::dict_set(small, Str("a"), I(1));
  o::dict_set(small, Str("self"), small);
  CHECK(R(o::newref(small)) == "{'a': 1, 'self': {...}}");
  o::dict_del(small, Str("self"));
  CHECK(R(method(small, "keys")) == "dict_keys(['a'])");
  CHECK(R(method(small, "values")) == "dict_values([1])");
  CHECK(R(method(small, "items")) == "dict_items([('a', 1)])");
  CHECK(R(o::call(o::val(o::DictType), &lk, 1)) == "{}");
  Value bad = list_of({I(1)});
  CHECK(R(o::call(o::val(o::DictType), &bad, 1)) ==
        "!TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  Value bad3 = list_of({list_of({I(1), I(2), I(3)})});
  CHECK(R(o::call(o::val(o::DictType), &bad3, 1)) ==
        "!ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  Value e1 = P(o::make_dict()), e2 = P(o::make_dict());
  o::dict_set(e1, I(1), Str("x"));
  o::dict_set(e2, F(1.0), Str("x"));
  CHECK(R(o::compare(e1, e2, 2)) == "True");
}

TEST_CASE("set order, repr and operators as CPython") {
  setup();
  Pool pool;
  Value s = P(o::make_set());
  for (int v : {3, 1, 2, 100, -1}) o::set_add(s, I(v));
  CHECK(R(o::newref(s)) == "{1, 2, 3, 100, -1}");
  CHECK(R(o::make_set()) == "set()");
  CHECK(R(o::make_frozenset()) == "frozenset()");
  Value t = P(o::make_set());
  for (int v : {2, 3, 4}) o::set_add(t, I(v));
  CHECK(R(o::binary_op(s, t, 1)) == "{2, 3}");
  CHECK(R(o::binary_op(s, t, 7)) == "{1, 2, 3, 100, 4, -1}");
  CHECK(R(o::binary_op(s, t, 10)) == "{1, 100, -1}");
  CHECK(R(o::binary_op(s, t, 12)) == "{1, 100, 4, -1}");
  CHECK(R(o::compare(t, s, 0)) == "False");
  CHECK(R(method(s, "remove", {I(42)})) == "!KeyError: 42");
  Value empty = P(o::make_set());
  CHECK(R(method(empty, "pop")) == "!KeyError: 'pop from an empty set'");
  Value l = list_of({});
  CHECK(R(o::binary_op(s, l, 7)) == "!TypeError: unsupported operand type(s) for |: 'set' and 'list'");
  // Many inserts and deletes keep membership right.
  Value big = P(o::make_set());
  for (int i = 0; i < 5000; ++i) o::set_add(big, I(i));
  for (int i = 0; i < 5000; i += 3) method(big, "discard", {I(i)});
  int present = 0;
  for (int i = 0; i < 5000; ++i) present += o::contains(big, I(i));
  CHECK(present == 5000 - 1667);
}

TEST_CASE("tuple, range and slice") {
  setup();
  Pool pool;
  Value t = P(o::tuple_pack({I(1)}));
  CHECK(R(o::newref(t)) == "(1,)");
  CHECK(R(o::make_tuple(0)) == "()");
  CHECK(R(o::getitem(t, I(3))) == "!IndexError: tuple index out of range");
  CHECK(R(o::setitem(t, I(0), I(1)) < 0 ? Value() : o::newref(o::None())) == "!TypeError: 'tuple' object does not support item assignment");
  Value r = P(builtin("range", {I(1), I(10), I(3)}));
  CHECK(R(o::newref(r)) == "range(1, 10, 3)");
  CHECK(o::length(r) == 3);
  CHECK(R(o::list_from_iterable(r)) == "[1, 4, 7]");
  CHECK(o::contains(r, I(7)) == 1);
  CHECK(o::contains(r, I(8)) == 0);
  Value sl = P(o::make_slice(I(1), I(3), o::None()));
  CHECK(R(o::getitem(r, sl)) == "range(4, 10, 3)");
  Value neg = P(builtin("range", {I(10), I(0), I(-3)}));
  CHECK(R(o::list_from_iterable(neg)) == "[10, 7, 4, 1]");
  CHECK(R(builtin("range", {I(1), I(2), I(0)})) == "!ValueError: range() arg 3 must not be zero");
  CHECK(R(builtin("range", {F(1.5)})) == "!TypeError: 'float' object cannot be interpreted as an integer");
  Value s2 = P(o::make_slice(o::None(), o::None(), I(-1)));
  CHECK(R(method(s2, "indices", {I(5)})) == "(4, -1, -1)");
  CHECK(R(o::newref(sl)) == "slice(1, 3, None)");
}

TEST_CASE("int() and float() parsing") {
  setup();
  Pool pool;
  auto call1 = [](o::Type* t, std::vector<Value> a) { return o::call(o::val(t), a.data(), a.size()); };
  CHECK(R(call1(o::IntType, {Str("  12  ")})) == "12");
  CHECK(R(call1(o::IntType, {Str("-0b101"), I(0)})) == "-5");
  CHECK(R(call1(o::IntType, {Str("z"), I(36)})) == "35");
  CHECK(R(call1(o::IntType, {Str("1_000")})) == "1000");
  CHECK(R(call1(o::IntType, {Str("x")})) == "!ValueError: invalid literal for int() with base 10: 'x'");
  CHECK(R(call1(o::IntType, {Str("1__0")})) == "!ValueError: invalid literal for int() with base 10: '1__0'");
  CHECK(R(call1(o::IntType, {Str("010"), I(0)})) == "!ValueError: invalid literal for int() with base 0: '010'");
  CHECK(R(call1(o::IntType, {Str("12"), I(1)})) == "!ValueError: int() base must be >= 2 and <= 36, or 0");
  CHECK(R(call1(o::IntType, {F(-3.99)})) == "-3");
  CHECK(R(call1(o::IntType, {F(1e30)})) == "1000000000000000019884624838656");
  CHECK(R(call1(o::IntType, {o::None()})) ==
        "!TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
  CHECK(R(call1(o::IntType, {Str("99999999999999999999999")})) == "99999999999999999999999");
  CHECK(R(call1(o::FloatType, {Str(" 1e3 ")})) == "1000.0");
  CHECK(R(call1(o::FloatType, {Str("-iNfinity")})) == "-inf");
  CHECK(R(call1(o::FloatType, {Str("1_0.5")})) == "10.5");
  CHECK(R(call1(o::FloatType, {Str("1e500")})) == "inf");
  CHECK(R(call1(o::FloatType, {Str("0x10")})) == "!ValueError: could not convert string to float: '0x10'");
  CHECK(R(call1(o::FloatType, {I(3)})) == "3.0");
  CHECK(R(call1(o::BoolType, {Str("")})) == "False");
}

TEST_CASE("float arithmetic errors and rounding") {
  setup();
  Pool pool;
  CHECK(R(o::binary_op(F(1.0), I(0), 11)) == "!ZeroDivisionError: float division by zero");
  CHECK(R(o::binary_op(F(1.0), I(0), 2)) == "!ZeroDivisionError: float floor division by zero");
  CHECK(R(o::binary_op(F(1.0), I(0), 6)) == "!ZeroDivisionError: float modulo");
  CHECK(R(o::binary_op(F(10.0), I(400), 8)) == "!OverflowError: (34, 'Numerical result out of range')");
  CHECK(R(o::binary_op(F(-8.0), F(1.0 / 3), 8)) == "(1.0000000000000002+1.7320508075688772j)");
  CHECK(R(builtin("round", {F(2.5)})) == "2");
  CHECK(R(builtin("round", {F(3.5)})) == "4");
  CHECK(R(builtin("round", {F(2.675), I(2)})) == "2.67");
  CHECK(R(builtin("round", {F(1234.5), I(-1)})) == "1230.0");
  CHECK(R(builtin("round", {I(15), I(-1)})) == "20");
  CHECK(R(builtin("round", {I(25), I(-1)})) == "20");
  CHECK(R(builtin("round", {Str("a")})) == "!TypeError: type str doesn't define __round__ method");
  CHECK(R(method(F(-1.5), "as_integer_ratio")) == "(-3, 2)");
  CHECK(R(method(F(2.0), "is_integer")) == "True");
  CHECK(R(method(F(1.5), "hex")) == "'0x1.8000000000000p+0'");
  // int/float comparisons are exact.
  Value big = P(o::make_int_from_decimal("9007199254740993"));
  CHECK(R(o::compare(big, F(9007199254740992.0), 4)) == "True");
  CHECK(R(o::compare(F(9007199254740992.0), big, 2)) == "False");
  CHECK(o::hash(F(1.0)) == 1);
  CHECK(o::hash(I(-1)) == -2);
}

TEST_CASE("exceptions: str, repr, args and attributes") {
  setup();
  Pool pool;
  auto make = [](o::Type* t, std::vector<Value> args) {
    return o::call(o::val(t), args.data(), args.size());
  };
  Value k = P(make(o::KeyErrorType, {Str("x")}));
  CHECK(S(o::newref(k)) == "'x'");
  CHECK(R(o::newref(k)) == "KeyError('x')");
  CHECK(R(make(o::ValueErrorType, {})) == "ValueError()");
  CHECK(S(make(o::ValueErrorType, {Str("a"), I(1)})) == "('a', 1)");
  CHECK(R(make(o::ValueErrorType, {Str("a"), I(1)})) == "ValueError('a', 1)");
  Value si = P(make(o::StopIterationType, {I(5)}));
  CHECK(R(o::getattr(si, o::intern("value"))) == "5");
  Value ose = P(make(o::OSErrorType, {I(2), Str("No such file"), Str("f.txt")}));
  CHECK(type_of(ose)->name == "FileNotFoundError");
  CHECK(S(o::newref(ose)) == "[Errno 2] No such file: 'f.txt'");
  CHECK(R(o::getattr(ose, o::intern("args"))) == "(2, 'No such file')");
  CHECK(R(o::getattr(k, o::intern("__cause__"))) == "None");
  CHECK(R(o::getattr(k, o::intern("__suppress_context__"))) == "False");
  CHECK(o::setattr(k, o::intern("__cause__"), si) == 0);
  CHECK(R(o::getattr(k, o::intern("__suppress_context__"))) == "True");
  CHECK(o::setattr(k, o::intern("__cause__"), I(1)) == -1);
  CHECK(R(Value()) == "!TypeError: exception cause must be None or derive from BaseException");
  CHECK(o::exception_matches(k, o::val(o::LookupErrorType)));
  CHECK(!o::exception_matches(k, o::val(o::ValueErrorType)));
  Value kw = P(o::tuple_pack({o::val(o::intern("a"))}));
  Value one = I(1);
  CHECK(R(o::call(o::val(o::ExceptionType), &one, 0, o::as_tuple(kw))) ==
        "!TypeError: Exception() takes no keyword arguments");
  CHECK(R(o::raise(o::IndexErrorType, "list index out of range")) == "!IndexError: list index out of range");
}

TEST_CASE("classes made by make_heap_type") {
  setup();
  Pool pool;
  auto mk = [](const char* name, std::vector<o::Type*> bases) {
    Value b = P(o::make_tuple(bases.size()));
    for (std::size_t i = 0; i < bases.size(); ++i) o::as_tuple(b)->items[i] = o::newref(o::val(bases[i]));
    Value d = P(o::make_dict());
    Value mod = Str("__main__");
    o::dict_set_str(d, "__module__", mod);
    Value n = Str(name);
    o::Type* t = o::make_heap_type(o::as_str(n), o::as_tuple(b), o::as_dict(d));
    return t;
  };
  o::Type* A = mk("A", {});
  o::Type* B = mk("B", {A});
  o::Type* C = mk("C", {A});
  o::Type* D = mk("D", {B, C});
  CHECK(R(o::getattr(o::val(D), o::intern("__mro__"))) ==
        "(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>)");
  Value bad_bases = P(o::tuple_pack({o::val(A), o::val(B)}));
  Value dd = P(o::make_dict());
  Value nm = Str("E");
  CHECK(o::make_heap_type(o::as_str(nm), o::as_tuple(bad_bases), o::as_dict(dd)) == nullptr);
  CHECK(R(Value()) == "!TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
  // Instances: attributes in __dict__, default repr, isinstance.
  Value d = P(o::call(o::val(D), nullptr, 0));
  REQUIRE(d);
  CHECK(o::setattr(d, o::intern("x"), I(42)) == 0);
  CHECK(R(o::getattr(d, o::intern("x"))) == "42");
  CHECK(R(o::getattr(d, o::intern("y"))) == "!AttributeError: 'D' object has no attribute 'y'");
  CHECK(R(o::getattr(d, o::intern("__dict__"))) == "{'x': 42}");
  CHECK(R(o::repr(d)).rfind("'<__main__.D object at 0x", 0) == 0);
  CHECK(o::isinstance_type(d, A));
  Value one = I(1);
  CHECK(R(o::call(o::val(D), &one, 1)) == "!TypeError: D() takes no arguments");
  // A subclass of list keeps list behaviour and gains a __dict__.
  o::Type* L = mk("L", {o::ListType});
  Value items = list_of({I(3), I(1)});
  Value l = P(o::call(o::val(L), &items, 1));
  REQUIRE(l);
  CHECK(R(o::newref(l)) == "[3, 1]");
  CHECK(o::list_append(l, I(2)) == 0);
  CHECK(o::setattr(l, o::intern("tag"), Str("t")) == 0);
  CHECK(R(o::getattr(l, o::intern("tag"))) == "'t'");
  CHECK(o::is_list(l));
  // A subclass of Exception.
  o::Type* MyErr = mk("MyErr", {o::ValueErrorType});
  Value e = P(o::call(o::val(MyErr), &one, 1));
  CHECK(R(o::newref(e)) == "MyErr(1)");
  CHECK(o::exception_matches(e, o::val(o::ValueErrorType)));
  // A subclass of int.
  o::Type* MyInt = mk("MyInt", {o::IntType});
  Value seven = I(7);
  Value mi = P(o::call(o::val(MyInt), &seven, 1));
  CHECK(R(o::binary_op(mi, I(1), 0)) == "8");
  CHECK(o::hash(mi) == 7);
  CHECK(R(o::call(o::val(o::TypeType), &mi, 1)) == "<class '__main__.MyInt'>");
  // bool is not subclassable.
  Value bb = P(o::tuple_pack({o::val(o::BoolType)}));
  Value bd = P(o::make_dict());
  CHECK(o::make_heap_type(o::as_str(nm), o::as_tuple(bb), o::as_dict(bd)) == nullptr);
  CHECK(R(Value()) == "!TypeError: type 'bool' is not an acceptable base type");
  for (o::Type* t : {A, B, C, D, L, MyErr, MyInt}) o::decref(o::val(t));
}

TEST_CASE("built-in functions and their error messages") {
  setup();
  Pool pool;
  CHECK(R(builtin("len", {})) == "!TypeError: len() takes exactly one argument (0 given)");
  CHECK(R(builtin("len", {I(1), I(2)})) == "!TypeError: len() takes exactly one argument (2 given)");
  CHECK(R(builtin("len", {I(1)})) == "!TypeError: object of type 'int' has no len()");
  CHECK(R(builtin("max", {})) == "!TypeError: max expected at least 1 argument, got 0");
  Value empty = list_of({});
  CHECK(R(builtin("max", {empty})) == "!ValueError: max() arg is an empty sequence");
  CHECK(R(builtin("min", {I(3), I(1), I(2)})) == "1");
  Value kwd = P(o::tuple_pack({o::val(o::intern("default"))}));
  CHECK(R(builtin("max", {empty, I(7)}, o::as_tuple(kwd))) == "7");
  CHECK(R(builtin("sum", {list_of({I(1), I(2), I(3)})})) == "6");
  Value tenth = list_of({F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1)});
  CHECK(R(builtin("sum", {tenth})) == "0.9999999999999999");
  Value strs = list_of({Str("a")});
  CHECK(R(builtin("sum", {strs, Str("")})) == "!TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  CHECK(R(builtin("sorted", {list_of({I(3), I(1), I(2)})})) == "[1, 2, 3]");
  CHECK(R(builtin("isinstance", {I(1), I(1)})) ==
        "!TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  CHECK(R(builtin("isinstance", {o::True(), o::val(o::IntType)})) == "True");
  Value types = P(o::tuple_pack({o::val(o::StrType), o::val(o::FloatType)}));
  CHECK(R(builtin("isinstance", {F(1), types})) == "True");
  CHECK(R(builtin("issubclass", {I(1), o::val(o::IntType)})) == "!TypeError: issubclass() arg 1 must be a class");
  CHECK(R(builtin("abs", {Str("a")})) == "!TypeError: bad operand type for abs(): 'str'");
  CHECK(R(builtin("chr", {I(-1)})) == "!ValueError: chr() arg not in range(0x110000)");
  CHECK(R(builtin("ord", {Str("ab")})) == "!TypeError: ord() expected a character, but string of length 2 found");
  CHECK(R(builtin("divmod", {I(-7), I(2)})) == "(-4, 1)");
  CHECK(R(builtin("divmod", {F(7.5), I(-2)})) == "(-4.0, -0.5)");
  CHECK(R(builtin("divmod", {Str("a"), I(1)})) == "!TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
  CHECK(R(builtin("pow", {I(2), I(-1), I(5)})) == "3");
  CHECK(R(builtin("pow", {I(2), I(3), I(0)})) == "!ValueError: pow() 3rd argument cannot be 0");
  CHECK(R(builtin("hex", {I(-255)})) == "'-0xff'");
  CHECK(R(builtin("bin", {F(1.5)})) == "!TypeError: 'float' object cannot be interpreted as an integer");
  CHECK(R(builtin("getattr", {I(1), Str("real")})) == "1");
  CHECK(R(builtin("getattr", {I(1), Str("nope"), Str("d")})) == "'d'");
  CHECK(R(builtin("getattr", {I(1), I(2)})) == "!TypeError: attribute name must be string, not 'int'");
  CHECK(R(builtin("hasattr", {I(1), Str("nope")})) == "False");
  CHECK(R(builtin("setattr", {I(1), Str("x"), I(2)})) == "!AttributeError: 'int' object has no attribute 'x'");
  CHECK(R(builtin("next", {empty})) == "!TypeError: 'list' object is not an iterator");
  CHECK(R(builtin("iter", {I(1)})) == "!TypeError: 'int' object is not iterable");
  CHECK(R(o::getitem(I(1), I(0))) == "!TypeError: 'int' object is not subscriptable");
  CHECK(R(o::call(I(1), nullptr, 0)) == "!TypeError: 'int' object is not callable");
  CHECK(R(o::binary_op(I(1), Str("a"), 0)) == "!TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  CHECK(R(o::binary_op(I(1), Str("a"), 13)) == "!TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
  CHECK(R(o::compare(I(1), Str("a"), 0)) == "!TypeError: '<' not supported between instances of 'int' and 'str'");
  CHECK(R(o::compare(I(1), Str("a"), 2)) == "False");
  Value zipped = P(builtin("zip", {list_of({I(1), I(2)}), Str("ab")}));
  CHECK(R(o::list_from_iterable(zipped)) == "[(1, 'a'), (2, 'b')]");
  Value en = P(builtin("enumerate", {Str("ab"), I(1)}));
  CHECK(R(o::list_from_iterable(en)) == "[(1, 'a'), (2, 'b')]");
  Value absf = o::dict_get_str(peppy::builtins::builtins_dict(), o::intern("abs"));
  Value mp = P(builtin("map", {absf, list_of({I(-1), I(2)})}));
  CHECK(R(o::list_from_iterable(mp)) == "[1, 2]");
  Value fl = P(builtin("filter", {o::None(), list_of({I(0), I(1), I(2)})}));
  CHECK(R(o::list_from_iterable(fl)) == "[1, 2]");
  Value rv = P(builtin("reversed", {Tup({I(1), I(2), I(3)})}));
  CHECK(R(o::list_from_iterable(rv)) == "[3, 2, 1]");
  CHECK(R(builtin("reversed", {I(1)})) == "!TypeError: 'int' object is not reversible");
  CHECK(R(builtin("any", {list_of({I(0), I(3)})})) == "True");
  CHECK(R(builtin("all", {list_of({I(0), I(3)})})) == "False");
  CHECK(R(builtin("repr", {Str("\u00e9")})) == "\"'\u00e9'\"");
  CHECK(R(builtin("ascii", {Str("\u00e9")})) == "\"'\\\\xe9'\"");
  CHECK(R(builtin("format", {F(3.14159), Str(".2f")})) == "'3.14'");
}

TEST_CASE("reference counts: objects are freed when the last reference goes") {
  setup();
  Value s = Str("a fairly unique string for refcounting");
  CHECK(s.obj()->refcnt == 1);
  Value l = o::make_list(0);
  o::list_append(l, s);
  CHECK(s.obj()->refcnt == 2);
  Value d = o::make_dict();
  o::dict_set(d, s, l);
  CHECK(s.obj()->refcnt == 3);
  CHECK(l.obj()->refcnt == 2);
  Value t = o::tuple_pack({s, l});
  CHECK(s.obj()->refcnt == 4);
  o::decref(t);
  CHECK(s.obj()->refcnt == 3);
  o::dict_del(d, s);
  CHECK(s.obj()->refcnt == 2);
  CHECK(l.obj()->refcnt == 1);
  Value popped = method(l, "pop");
  CHECK(popped == s);
  o::decref(popped);
  CHECK(s.obj()->refcnt == 1);
  // Sorting, slicing and iteration leave counts as they were.
  for (int i = 0; i < 10; ++i) o::list_append(l, s);
  CHECK(s.obj()->refcnt == 11);
  CHECK(o::list_sort(o::as_list(l), Value(), true) == 0);
  Value sl = o::make_slice(o::make_int(2), o::make_int(5), o::None());
  Value part = o::getitem(l, sl);
  CHECK(s.obj()->refcnt == 14);
  o::decref(part);
  Value it = o::get_iter(l);
  for (Value x; (x = o::iter_next(it));) o::decref(x);
  o::decref(it);
  CHECK(s.obj()->refcnt == 11);
  objtest::drop({l, d, sl});
  CHECK(s.obj()->refcnt == 1);
  o::decref(s);
  CHECK(!o::has_error());
}

TEST_CASE("staticmethod, classmethod, property and super") {
  setup();
  Pool pool;
  Value bi = peppy::builtins::builtins_dict();
  auto B = [&](const char* n) { return o::dict_get_str(bi, o::intern(n)); };
  Value ns = P(o::make_dict());
  o::dict_set_str(ns, "__module__", Str("__main__"));
  o::dict_set_str(ns, "s", P(o::call(o::val(o::StaticMethodType), std::vector<Value>{B("abs")}.data(), 1)));
  o::dict_set_str(ns, "c", P(o::call(o::val(o::ClassMethodType), std::vector<Value>{B("repr")}.data(), 1)));
  o::dict_set_str(ns, "n", P(o::call(o::val(o::PropertyType), std::vector<Value>{B("len")}.data(), 1)));
  o::dict_set_str(ns, "ro", P(o::call(o::val(o::PropertyType), nullptr, 0)));
  Value bases = Tup({o::val(o::ListType)});
  o::Type* C = o::make_heap_type(o::as_str(Str("C")), o::as_tuple(bases), o::as_dict(ns));
  REQUIRE(C);
  Value items = list_of({I(1), I(2), I(3)});
  Value c = P(o::call(o::val(C), &items, 1));
  REQUIRE(c);
  CHECK(R(method(o::val(C), "s", {I(-3)})) == "3");
  CHECK(R(method(c, "s", {I(-4)})) == "4");
  CHECK(R(method(o::val(C), "c")) == "\"<class '__main__.C'>\"");
  CHECK(R(method(c, "c")) == "\"<class '__main__.C'>\"");
  CHECK(R(o::getattr(c, o::intern("n"))) == "3");
  CHECK(o::setattr(c, o::intern("n"), I(1)) == -1);
  CHECK(R(Value()) == "!AttributeError: property 'n' of 'C' object has no setter");
  CHECK(R(o::getattr(c, o::intern("ro"))) == "!AttributeError: property 'ro' of 'C' object has no getter");
  Value sup = P(o::make_super(C, c));
  CHECK(R(o::newref(sup)) == "<super: <class 'C'>, <C object>>");
  CHECK(R(method(sup, "__len__")) == "3");
  CHECK(R(method(sup, "__repr__")) == "'[1, 2, 3]'");
  CHECK(R(o::make_super(C, I(1))) == "!TypeError: super(type, obj): obj must be an instance or subtype of type");
  pool.held.push_back(o::val(C));
}

TEST_CASE("bytes, bytearray and memoryview") {
  setup();
  Pool pool;
  auto B = [](const char* s) { return P(o::make_bytes(s)); };
  auto mk = [](o::Type* t, std::vector<Value> a) { return o::call(o::val(t), a.data(), a.size()); };
  CHECK(R(o::newref(B("a'b\x01"))) == "b\"a'b\\x01\"");
  CHECK(R(o::getitem(B("abc"), I(1))) == "98");
  Value ba = P(mk(o::ByteArrayType, {B("abc")}));
  CHECK(R(o::newref(ba)) == "bytearray(b'abc')");
  CHECK(R(method(ba, "append", {I(100)})) == "None");
  CHECK(o::setitem(ba, I(0), I(65)) == 0);
  CHECK(R(o::newref(ba)) == "bytearray(b'Abcd')");
  CHECK(o::setitem(ba, I(0), I(300)) == -1);
  CHECK(R(Value()) == "!ValueError: byte must be in range(0, 256)");
  CHECK(R(o::compare(ba, B("Abcd"), 2)) == "True");
  CHECK(R(o::binary_op(B("x"), ba, 0)) == "b'xAbcd'");
  CHECK(R(o::binary_op(ba, B("x"), 0)) == "bytearray(b'Abcdx')");
  CHECK(o::hash(ba) == -1);
  CHECK(R(Value()) == "!TypeError: unhashable type: 'bytearray'");
  Value mv = P(mk(o::MemoryViewType, {B("abcdef")}));
  CHECK(R(o::getitem(mv, I(1))) == "98");
  Value sl = P(o::make_slice(I(1), I(4), o::None()));
  Value part = P(o::getitem(mv, sl));
  CHECK(R(mk(o::BytesType, {part})) == "b'bcd'");
  CHECK(R(method(mv, "tobytes")) == "b'abcdef'");
  Value args = Tup({B("ab"), I(3), B("q"), I(255), I(65)});
  CHECK(R(o::binary_op(B("%s %d %r %x %c"), args, 6)) == "b\"ab 3 b'q' ff A\"");
  Value bad = Tup({Str("s")});
  CHECK(R(o::binary_op(B("%s"), bad, 6)) ==
        "!TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
  CHECK(R(method(B("\x01\x02"), "hex", {Str("-")})) == "'01-02'");
  CHECK(R(method(B("abc"), "hex", {Str(":"), I(2)})) == "'61:6263'");
  CHECK(R(method(B("12"), "isdigit")) == "True");
}

TEST_CASE("__slots__ classes") {
  setup();
  Pool pool;
  Value ns = P(o::make_dict());
  o::dict_set_str(ns, "__module__", Str("__main__"));
  o::dict_set_str(ns, "__slots__", Tup({Str("a"), Str("b")}));
  Value bases = Tup({});
  o::Type* S = o::make_heap_type(o::as_str(Str("Slots")), o::as_tuple(bases), o::as_dict(ns));
  REQUIRE(S);
  Value s = P(o::call(o::val(S), nullptr, 0));
  CHECK(R(o::getattr(s, o::intern("a"))) == "!AttributeError: 'Slots' object has no attribute 'a'");
  CHECK(o::setattr(s, o::intern("a"), Str("x")) == 0);
  CHECK(R(o::getattr(s, o::intern("a"))) == "'x'");
  CHECK(o::setattr(s, o::intern("c"), I(1)) == -1);
  CHECK(R(Value()) == "!AttributeError: 'Slots' object has no attribute 'c'");
  CHECK(R(o::getattr(o::val(S), o::intern("a"))) == "<member 'a' of 'Slots' objects>");
  // A subclass without __slots__ gets a __dict__ after the slots.
  Value ns2 = P(o::make_dict());
  Value bases2 = Tup({o::val(S)});
  o::Type* T = o::make_heap_type(o::as_str(Str("T")), o::as_tuple(bases2), o::as_dict(ns2));
  REQUIRE(T);
  Value t = P(o::call(o::val(T), nullptr, 0));
  CHECK(o::setattr(t, o::intern("b"), I(2)) == 0);
  CHECK(o::setattr(t, o::intern("z"), I(3)) == 0);
  CHECK(R(o::getattr(t, o::intern("__dict__"))) == "{'z': 3}");
  CHECK(R(o::getattr(t, o::intern("b"))) == "2");
  pool.held.push_back(o::val(S));
  pool.held.push_back(o::val(T));
}

TEST_CASE("generic aliases, unicode errors, type() with three arguments") {
  setup();
  Pool pool;
  CHECK(R(o::getitem(o::val(o::ListType), o::val(o::IntType))) == "list[int]");
  Value two = Tup({o::val(o::StrType), o::Ellipsis()});
  CHECK(R(o::getitem(o::val(o::DictType), two)) == "dict[str, ...]");
  Value alias = P(o::getitem(o::val(o::ListType), o::val(o::IntType)));
  Value items = Tup({I(1), I(2)});
  CHECK(R(o::call(alias, &items, 1)) == "[1, 2]");
  CHECK(R(o::getitem(o::val(o::IntType), I(0))) == "!TypeError: type 'int' is not subscriptable");
  Value bad = P(o::make_bytes("a\xff"));
  CHECK(R(method(bad, "decode")) == "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
  CHECK(R(method(Str("a\u00e9\u00e9b"), "encode", {Str("ascii")})) ==
        "!UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)");
  Value ns = P(o::make_dict());
  o::dict_set_str(ns, "x", I(5));
  Value args[3] = {Str("Dyn"), Tup({}), ns};
  Value dyn = P(o::call(o::val(o::TypeType), args, 3));
  REQUIRE(dyn);
  CHECK(R(o::getattr(dyn, o::intern("x"))) == "5");
  CHECK(R(o::getattr(dyn, o::intern("__mro__"))) == "(<class 'Dyn'>, <class 'object'>)");
  CHECK(R(method(Str("\u039f\u03a3\u039f\u03a3 \u03a3"), "lower")) == "'\u03bf\u03c3\u03bf\u03c2 \u03c3'");
}
