try:
    pass
finally:
    pass
try:
    f()
finally:
    cleanup()
    more()
try: x()
finally: y()
try:
    try:
        f()
    finally:
        g()
except E:
    h()
finally:
    i()
