# import_future: `from __future__ import annotations` (the compiler's feature and the
# run-time import of the __future__ module, from peppy's lib/), and the module itself.
from __future__ import annotations

import __future__
import sys


class C:
    a: undefined_name
    b: list[undefined_too] = []


print(C.__annotations__)
value: not_evaluated_either = 3
print(__annotations__, value)
print(__future__.annotations)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature.compiler_flag, feature.getMandatoryRelease())
print(type(__future__.division).__name__, __future__.__name__, "__future__" in sys.modules)
print(annotations is __future__.annotations)
division, generator_stop = __future__.division, __future__.generator_stop
print(division.getOptionalRelease()[:2], generator_stop.compiler_flag)
print(repr(__future__.nested_scopes), __future__.generators.compiler_flag)
print(len(__future__.__all__), __future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)
