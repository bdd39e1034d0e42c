"""importlib.util: find_spec and resolve_name over peppy's import system.

The built-in importlib module gets lib/importlib/ as its __path__, so this file is its
submodule importlib.util. find_spec asks the import system (importlib._find_spec)
where a module would come from, without importing it (only its parent packages).
"""
import sys

import importlib

__all__ = ["find_spec", "resolve_name"]


def resolve_name(name, package):
    """The absolute name of `name`: a relative name ('.x', '..y') is resolved against
    `package`, as an import statement in that package would resolve it."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    rest = name[level:]
    return f"{base}.{rest}" if rest else base


def find_spec(name, package=None):
    """The spec of module `name` (relative names need `package`): the one of the module
    in sys.modules if it is there, else where the import system would find it, or
    None. Parent packages of a dotted name are imported first."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f"{name}.__spec__ is not set") from None
        if spec is None:
            raise ValueError(f"{name}.__spec__ is None")
        return spec
    parent_name = fullname.rpartition(".")[0]
    parent_path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=["__path__"])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} while trying to find {fullname!r}",
                name=fullname,
            ) from e
    return importlib._find_spec(fullname, parent_path)
