// union.cpp: types.UnionType (PEP 604): `int | str`, `list[int] | None`. The members
// are flattened (a union of unions is one union), None stands for NoneType, repeats
// are dropped and a single member is the member itself (`int | int` is int). Unions
// compare equal regardless of order and hash as the set of their members.
#include <string>
#include <vector>

#include "objects/core.hpp"
#include "objects/union.hpp"

namespace peppy::objects {

namespace {

Type g_union;
struct Union : Object {
  Value args;  // owned tuple
};

// Whether v may be a member of a union: None, a class, a generic alias or a union.
bool union_member(Value v) {
  if (v == None() || is_type(v) || is_union(v)) return true;
  return type_name(v) == "GenericAlias";
}

// Appends the members v contributes (None as NoneType, unions flattened), once each.
void add_members(std::vector<Value>& out, Value v) {
  if (is_union(v)) {
    Tuple* t = union_args(v);
    for (std::size_t i = 0; i < t->length; ++i) add_members(out, t->items[i]);
    return;
  }
  if (v == None()) v = val(NoneType);
  for (Value m : out)
    if (m == v) return;
  out.push_back(v);
}

// a | b for classes, aliases, unions and None: a union (or the one member), or
// NotImplemented when either side cannot be a member.
Value union_or(Value a, Value b) {
  if (!union_member(a) || !union_member(b)) return newref(NotImplemented());
  std::vector<Value> members;
  add_members(members, a);
  add_members(members, b);
  if (members.size() == 1) return newref(members[0]);
  Value v = alloc_instance(&g_union);
  if (!v) return v;
  static_cast<Union*>(v.obj())->args = make_tuple_from(members.data(), members.size());
  return v;
}

// Frees a union.
void union_dealloc(Object* o) {
  decref(static_cast<Union*>(o)->args);
  free_instance(o);
}

// The text of one member in a union's repr: None, a class by its qualified name, or
// the repr of anything else.
bool member_text(Value v, std::string& out) {
  if (v == val(NoneType)) {
    out += "None";
    return true;
  }
  if (is_type(v)) {
    Type* t = as_type(v);
    if (!t->module.empty() && t->module != "builtins") out += t->module + ".";
    out += t->qualname.empty() ? t->name : t->qualname;
    return true;
  }
  Value r = repr(v);
  if (!r) return false;
  out += str_utf8_ref(as_str(r));
  decref(r);
  return true;
}

// repr(): "int | str | None".
Value union_repr(Value self) {
  Tuple* t = union_args(self);
  std::string out;
  for (std::size_t i = 0; i < t->length; ++i) {
    if (i) out += " | ";
    if (!member_text(t->items[i], out)) return Value();
  }
  return make_str_utf8(out);
}

// The members as a frozenset (new).
Value member_set(Value self) {
  Value s = make_frozenset();
  Tuple* t = union_args(self);
  for (std::size_t i = 0; s && i < t->length; ++i) {
    if (set_add(s, t->items[i]) < 0) {
      decref(s);
      return Value();
    }
  }
  return s;
}

// == and != compare the members as sets.
Value union_richcompare(Value a, Value b, int op) {
  if ((op != 2 && op != 3) || !is_union(b)) return newref(NotImplemented());
  Value x = member_set(a), y = x ? member_set(b) : Value();
  int e = y ? equal(x, y) : -1;
  xdecref(x);
  xdecref(y);
  if (e < 0) return Value();
  return newref(boolean(op == 2 ? e : !e));
}

// hash(): that of the frozenset of members.
std::int64_t union_hash(Value self) {
  Value s = member_set(self);
  if (!s) return -1;
  std::int64_t h = hash(s);
  decref(s);
  return h;
}

// The __args__ attribute (getter).
Value union_get_args(Value self) { return newref(static_cast<Union*>(self.obj())->args); }

}  // namespace

bool is_union(Value v) { return v.is_object() && v.obj()->type == &g_union; }

Tuple* union_args(Value v) { return as_tuple(static_cast<Union*>(v.obj())->args); }

void init_union_type() {
  type_init(&g_union, "UnionType", ObjectType, sizeof(Union), TF_GC);
  g_union.module = "types";
  g_union.dealloc = union_dealloc;
  g_union.repr = union_repr;
  g_union.richcompare = union_richcompare;
  g_union.hash = union_hash;
  g_union.binary[7] = union_or;  // BinOp::Or
  add_getset(&g_union, "__args__", union_get_args);
  type_ready(&g_union);
  TypeType->binary[7] = union_or;  // type.__or__ / __ror__
}

Value union_or_values(Value a, Value b) { return union_or(a, b); }

}  // namespace peppy::objects
