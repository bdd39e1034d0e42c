# imppkg_errors.bad_compile: parses, but the compiler rejects it ('return' outside
# function).
VALUE = 1
return VALUE
