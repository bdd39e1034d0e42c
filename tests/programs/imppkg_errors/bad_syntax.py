# imppkg_errors.bad_syntax: a SyntaxError on line 4 (an unclosed call).
def fine():
    return 1
total = fine(1,
