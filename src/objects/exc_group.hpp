// exc_group.hpp: BaseExceptionGroup / ExceptionGroup (exc_group.cpp) as the VM needs
// them: the parts of an exception group, and the two steps of `except*` (matching a
// clause, and the group re-raised at the end).
#pragma once

#include "objects/object.hpp"

namespace peppy::objects {

// Whether v is an instance of BaseExceptionGroup.
bool is_exception_group(Value v);
// The sub-exceptions of a group (a tuple, borrowed).
Value exc_group_exceptions(Value eg);
// The message of a group (a str, borrowed).
Value exc_group_message(Value eg);

// `except* T` (CHECK_EG_MATCH): checks T (TypeError for a non-exception class or an
// exception group class), then splits exc: *match is the matching part (a group; a
// naked exception is wrapped in one) or None, *rest the rest or None. New references;
// -1 with an error set.
int exc_group_match(Value exc, Value match_type, Value* match, Value* rest);

// The end of a `try ... except*` (PREP_RERAISE_STAR): from the original exception and
// the list of what the clauses raised or re-raised (None for nothing), the exception
// to raise (a new reference; None when nothing is left), or null with an error set.
Value prep_reraise_star(Value orig, Value excs);

}  // namespace peppy::objects
