# greek: a SyntaxError after non-ASCII characters on its line (the caret's column
# counts the line's UTF-8 bytes, as CPython's display does).
name = "αβγ"; value = (name +* 2)
