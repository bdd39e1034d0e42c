# pkg.worker: fails with a chained exception.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad number: " + text) from e


RESULT = parse("12x")
