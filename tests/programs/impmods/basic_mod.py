# basic_mod: a plain module for import_basic (found through sys.path).
COUNT = 3
_hidden = "private"


def greet(who):
    return "hello, " + who


print("basic_mod runs once, as", __name__)
