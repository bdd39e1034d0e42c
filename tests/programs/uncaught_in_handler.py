# an exception raised while handling another ends the program (implicit chaining)
def risky(n):
    return [10, 20, 30][n]
try:
    print(risky(1))
    print(risky(5))
except IndexError as e:
    print('handling', e)
    fallback = {'default': 0}
    print(fallback['missing'])
