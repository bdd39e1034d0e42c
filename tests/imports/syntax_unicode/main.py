# syntax_unicode: an uncaught SyntaxError of an imported module whose line holds
# non-ASCII text; caught first to show its offsets.
try:
    import greek
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_offset)
import greek
