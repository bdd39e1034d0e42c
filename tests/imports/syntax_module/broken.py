# broken: a SyntaxError on line 5.
def fine():
    return 1

value = [fine() for x in range(3)
print(value)
