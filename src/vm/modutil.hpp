// modutil.hpp: helpers shared by the built-in modules written in C++ (random, time,
// itertools, operator): argument binding with the messages CPython gives for functions
// written in Python, and small conversions.
#pragma once

#include <cstddef>
#include <string>

#include "objects/core.hpp"

namespace peppy::vm::modutil {

using objects::Tuple;
using objects::Value;

// Binds the arguments of a function written in Python in CPython (random.Random's
// methods, ...) the way CPython binds them, with its messages: `qual` is the name shown
// ("Random.randint"), names[0..nparams) the parameters, the first `nrequired` required,
// the first `npos` positional-or-keyword (the rest keyword-only), `self_counted` whether
// the messages count a self argument. out[i] gets each parameter (borrowed) or null.
bool bind_py_args(const char* qual, const Value* args, std::size_t nargs, Tuple* kwnames, const char* const* names,
                  std::size_t nparams, std::size_t nrequired, std::size_t npos, bool self_counted, Value* out);

// The "'x' object cannot be interpreted as an integer" TypeError (returns null).
Value raise_not_integer(Value v);

}  // namespace peppy::vm::modutil
