type = 1
type(x)
match -1:
    case _:
        pass
match(-1)
match, = x
match: int = 1
case: str
_: list
lambda match, case: match + case
f(match=1, case=2, _=3)
{match: case}
[match for case in _]
match[:]
match.match.match
