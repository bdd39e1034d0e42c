// modules.hpp: the modules built into the VM (the table in modules.def: sys, math, ...),
// the helpers their makers use to fill a module, and import of them.
#pragma once

#include <string_view>

#include "objects/core.hpp"
#include "vm/runtime.hpp"

namespace peppy::vm {

using objects::NativeFn;
using objects::Value;

// A new module object named `name` whose dict holds __name__ and __doc__ (None).
Value new_module(const char* name);
// module.name = value; steals `value`.
void module_put(Value module, const char* name, Value value);
// module.name = a built-in function `name` calling `fn`.
void module_put_fn(Value module, const char* name, NativeFn fn);
// The module's dict (borrowed).
Value module_dict(Value module);

// The makers of modules.def (each returns a new module: a new reference).
#define MODULE(name, maker) Value maker();
#include "vm/modules.def"
#undef MODULE

// The maker of the built-in module `name`, or nullptr when there is none.
using ModuleMaker = Value (*)();
ModuleMaker find_builtin_module(std::string_view name);

// The sys module (borrowed; made on first use).
Value sys_module();

}  // namespace peppy::vm
