# lazy_mod: a module-level __getattr__ (PEP 562) that makes names on demand.
import sys

made = []
REAL = "real"


def __getattr__(name):
    if name.startswith("lazy_"):
        made.append(name)
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
