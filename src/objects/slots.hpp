// slots.hpp: the numbering of a type's slots for the slot wrappers (`int.__add__`,
// `object.__init__`) that expose C++ slots as methods in built-in type dicts.
#pragma once

#include "objects/core.hpp"

namespace peppy::objects {

enum SlotId : int {
  S_REPR, S_STR, S_HASH, S_LT, S_LE, S_EQ, S_NE, S_GT, S_GE,  // S_LT + CmpOp
  S_BOOL, S_LEN, S_GETITEM, S_SETITEM, S_DELITEM, S_CONTAINS, S_ITER, S_NEXT, S_CALL,
  S_GETATTRIBUTE, S_SETATTR, S_DELATTR, S_NEG, S_POS, S_INVERT, S_ABS, S_INT, S_FLOAT, S_INDEX,
  S_GET, S_SET, S_DELETE, S_INIT, S_CONCAT, S_REPEAT, S_RREPEAT, S_ICONCAT, S_IREPEAT,
  S_BIN,                   // + BinOp: __add__ ...
  S_RBIN = S_BIN + 13,     // + BinOp: __radd__ ...
  S_IBIN = S_RBIN + 13,    // + BinOp: __iadd__ ...
  S_COUNT = S_IBIN + 13
};

// Calls slot `slot` of `owner` on self (the function behind every slot wrapper).
Value slot_wrapper_call(Type* owner, int slot, Value self, const Value* args, std::size_t nargs, Tuple* kwnames);
// Adds a slot wrapper named name for slot to t's dict.
void add_slot_wrapper(Type* t, const char* name, int slot);

}  // namespace peppy::objects
