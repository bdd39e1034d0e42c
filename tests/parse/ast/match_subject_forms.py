match a, b:
    case 1, 2:
        pass
match (a, b):
    case (1, 2):
        pass
match *a, b:
    case _:
        pass
match a,:
    case _:
        pass
match f(x):
    case _:
        pass
match x.y[0]:
    case _:
        pass
match (x):
    case _:
        pass
match -x:
    case _:
        pass
match x if y else z:
    case _:
        pass
match await_:
    case _: pass
match [a, b]:
    case [a, b]: pass
match {a: b}:
    case {}: pass
match not x:
    case True: pass
match x := y:
    case _: pass
