// hooks.hpp: what the object layer asks of the VM that runs it, as function pointers
// the VM sets at start-up (kept out of core.hpp so that adding one rebuilds little).
#pragma once

#include "objects/object.hpp"

namespace peppy::objects {

// The __name__ of the running code's globals (new), or null without an error; type()
// with three arguments uses it for the class's __module__.
extern Value (*current_module_name_hook)();

// Reports an exception that cannot be raised (from __del__): CPython's "Exception
// ignored in: <obj>" and the traceback, on stderr. Borrows both.
extern void (*unraisable_hook)(Value exc, Value obj);

}  // namespace peppy::objects
