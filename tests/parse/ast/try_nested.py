try:
    try:
        f()
    except A:
        try:
            g()
        finally:
            h()
    else:
        try:
            i()
        except* B:
            pass
except C as c:
    try:
        raise
    except:
        pass
finally:
    try:
        pass
    finally:
        pass
def f():
    try:
        return 1
    except Exception as e:
        return e
    finally:
        print("done")
