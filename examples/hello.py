# The talk's first example: characters in, tokens out.
x = 4
y = x + 4
print("hello", y)
