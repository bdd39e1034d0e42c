f(a, '''x
y''', b)
