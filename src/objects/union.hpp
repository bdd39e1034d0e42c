// union.hpp: types.UnionType, what `int | str` makes (PEP 604): for isinstance() and
// issubclass(), which accept one as their second argument.
#pragma once

#include "objects/core.hpp"

namespace peppy::objects {

// Whether v is a types.UnionType.
bool is_union(Value v);
// Its __args__ tuple (borrowed).
Tuple* union_args(Value v);
// a | b as type.__or__ does: a union of classes, aliases, None and unions, or
// NotImplemented (new).
Value union_or_values(Value a, Value b);
// Readies the type and makes `type | type` build unions (called by init_descr_types).
void init_union_type();

}  // namespace peppy::objects
