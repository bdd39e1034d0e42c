# The talk's first example: `x = y + 4`, tokenized, parsed, compiled and run.
x = 4
y = x + 4
print("hello", y)
