# pkg: its __init__ imports a submodule that fails.
from . import worker
