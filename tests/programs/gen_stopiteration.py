def g1():
    yield 1
    raise StopIteration("inner")
try:
    for x in g1():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__), e.__suppress_context__)
def g2():
    yield 1
    next(iter([]))
print(list(zip(g2())) if False else "skip")
try:
    list(g2())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def g3():
    try:
        yield 1
    except ValueError:
        yield "caught"
gen = g3()
next(gen)
print(gen.throw(ValueError))
def g4():
    yield 1
gen = g4()
next(gen)
try:
    gen.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e)
def g5():
    return 5
    yield
try:
    next(g5())
except StopIteration as e:
    print("StopIteration", e.value)
def g6():
    x = yield from g5()
    yield x
print(list(g6()))
