// mod_support.hpp: helpers shared by the built-in modules written in C++ (functools,
// collections, io): callables that carry a C++ function and a data value (optionally
// binding like methods), namedtuple classes made from C++, functools.update_wrapper, and
// instance __dict__ access for native types.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "objects/core.hpp"

namespace peppy::vm {

using objects::Tuple;
using objects::Type;
using objects::Value;

// A native function with a data value: called as fn(data, args, nargs, kwnames).
using DataFn = Value (*)(Value data, const Value* args, std::size_t nargs, Tuple* kwnames);
// A callable named `name` that calls fn with `data` (borrowed). When `method` is true it
// binds like a Python function: fetched through an instance it gets the instance as its
// first argument.
Value make_data_fn(const char* name, DataFn fn, Value data, bool method);

// A descr_get slot for callables that bind like Python functions: fetched through an
// instance, a bound method; through the class, the callable itself.
Value method_like_get(Value self, Value obj, Value type);

// A new namedtuple class `name` with the given fields (the collections.namedtuple
// factory's work; fields already validated). defaults: a tuple applying to the last
// fields, or null. module: its __module__.
Value make_namedtuple_class(const std::string& name, const std::vector<std::string>& fields, Value defaults,
                            Value module);

// functools.update_wrapper(wrapper, wrapped) with the default attribute lists; returns
// a new reference to wrapper, or null with an error set.
Value update_wrapper_default(Value wrapper, Value wrapped);

// The __dict__ getter (made on first use) for native types that set dict_offset.
Value native_get_dict(Value self);
// The __dict__ setter for them (a dict; deleting is a TypeError).
int native_set_dict(Value self, Value v);

// A hash slot for unhashable native types that CPython names with their module
// ("unhashable type: 'collections.OrderedDict'" for the exact type, the class name for
// subclasses).
std::int64_t unhashable_qualified(Value self);

// cls[args]: a types.GenericAlias (the __class_getitem__ classmethod of the generic types).
Value class_getitem(Value cls, const Value* args, std::size_t nargs, Tuple* kwnames);

// A new_fn for types Python code cannot instantiate: "cannot create 'mod.name' instances".
Value no_new(Type* t, const Value* args, std::size_t nargs, Tuple* kwnames);

// The byte offset of a member in a native object struct (offsetof for non-standard-layout
// types, which the Object header makes them).
template <class T, class M>
std::ptrdiff_t member_offset(M T::*m) {
  T probe{};
  return reinterpret_cast<char*>(&(probe.*m)) - reinterpret_cast<char*>(&probe);
}

// collections.deque (mod_deque.cpp), readied on first use.
Type* deque_type();
// collections.ChainMap (mod_chainmap.cpp), readied on first use.
Type* chainmap_type();

// The open() built-in (mod_io.cpp; readies the file types first).
Value builtin_open(Value self, const Value* args, std::size_t nargs, Tuple* kwnames);
// io.open (the same function, once the io module made the types).
Value io_open(Value self, const Value* args, std::size_t nargs, Tuple* kwnames);
// io.UnsupportedOperation (mod_io.cpp), readied on first use.
Type* unsupported_operation_type();
// The io base classes (mod_io.cpp): 0 IOBase, 1 RawIOBase, 2 BufferedIOBase, 3 TextIOBase.
Type* io_base_type(int which);
// io.StringIO (mod_iomem.cpp), readied on first use.
Type* stringio_type();
// io.BytesIO (mod_iomem.cpp), readied on first use.
Type* bytesio_type();

// Raises OSError (its errno subclass) for errno `err` and the file name (borrowed, may be null).
Value raise_os_error(int err, Value filename);

}  // namespace peppy::vm
