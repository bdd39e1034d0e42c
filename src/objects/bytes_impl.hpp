// bytes_impl.hpp: helpers shared by the files of the bytes types (bytes.cpp: the types,
// bytes_methods.cpp: the rest of their methods). Not for other users.
#pragma once

#include <string_view>

#include "objects/core.hpp"

namespace peppy::objects {

// The bytes of a bytes-like value (bytes, bytearray, memoryview).
std::string_view bview(Value v);
// A result of self's kind: bytearray for bytearrays, else bytes (new).
Value same_kind(Value self, std::string_view raw);
// A new bytearray holding raw.
Value make_bytearray(std::string_view raw);
// A bytes-like argument's bytes in out; false with CPython's TypeError otherwise.
bool bytes_arg(Value v, std::string_view& out);
// Whether c is ASCII white space (as bytes.split() sees it).
bool bspace(char c);
// Adds the methods of bytes_methods.cpp to t (bytes; bytearray copies bytes' methods).
void add_bytes_methods(Type* t);

}  // namespace peppy::objects
