# syntax_module: an uncaught SyntaxError from an imported module.
print("importing")
import broken
