"""Module docstring.

Spans lines.
"""
def f():
    """Function docstring."""
    return 1
class C:
    'Class docstring'
    def m(self):
        r"""Raw docstring \n"""
async def g():
    """Async docstring"""
def h():
    b"bytes are not docstrings but are expressions"
def i():
    f"f-strings are not docstrings"
def j():
    "implicit" " concatenation"
    "second string"
