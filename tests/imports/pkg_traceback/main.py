# pkg_traceback: a chained exception raised while a package's __init__ imports its
# submodule with a relative import.
import pkg
