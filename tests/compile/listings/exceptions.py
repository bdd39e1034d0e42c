def f(path):
    try:
        with open(path) as fh:
            data = fh.read()
    except (OSError, ValueError) as e:
        raise RuntimeError("bad") from e
    except:
        return None
    else:
        return data
    finally:
        print("done")
