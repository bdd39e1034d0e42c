# random: CPython's errors for bad arguments.
import random

def attempt(label, f, *args, **kw):
    try:
        print(label, f(*args, **kw))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("randrange(0)", random.randrange, 0)
attempt("randrange(5, 2)", random.randrange, 5, 2)
attempt("randrange(1, 5, 0)", random.randrange, 1, 5, 0)
attempt("randrange(10, 0, 3)", random.randrange, 10, 0, 3)
attempt("randrange('a')", random.randrange, "a")
attempt("randrange step no stop", random.randrange, 10, step=2)
attempt("randint(1)", random.randint, 1)
attempt("randint(1, 2, 3)", random.randint, 1, 2, 3)
attempt("choice([])", random.choice, [])
attempt("choice(5)", random.choice, 5)
attempt("sample 3 of 1", random.sample, [1], 3)
attempt("sample negative", random.sample, [1, 2], -1)
attempt("sample of a set", random.sample, {1, 2}, 1)
attempt("sample counts", random.sample, [1, 2], 1, counts=[1])
attempt("getrandbits(-1)", random.getrandbits, -1)
attempt("seed([1])", random.seed, [1])
attempt("setstate short", random.setstate, (2,))
attempt("setstate version", random.setstate, (9, 1, 2))
attempt("setstate size", random.setstate, (3, (1, 2), None))
attempt("choices weights", random.choices, [1, 2], [1])
attempt("choices k positional", random.choices, [1, 2], 3)
attempt("choices both", random.choices, [1], [1], cum_weights=[1])
attempt("choices zero", random.choices, [1, 2], [0, 0])
attempt("gammavariate", random.gammavariate, -1, 1)
attempt("random(1)", random.random, 1)
attempt("uniform str", random.uniform, "a", 1)
attempt("shuffle()", random.shuffle)
attempt("unexpected kw", random.randint, 1, 2, c=3)
attempt("Random(1, 2)", random.Random, 1, 2)
