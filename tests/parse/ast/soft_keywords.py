match = 1
case = 2
_ = 3
match
case
_
match.x = 1
match[0] = 2
match(x)
match(x, y)
match[x]
match - x
match * x
match, case = 1, 2
x = match if case else _
print(match, case, _)
def match(case, _=None):
    return case
class case:
    match = None
import match
from case import _
for match in case:
    pass
match = match.match(case.case)
match (x):
    case match:
        pass
match match:
    case case:
        pass
match.case = _
