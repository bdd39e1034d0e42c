# imppkg_errors.bad_indent: an IndentationError.
def broken():
return 2
