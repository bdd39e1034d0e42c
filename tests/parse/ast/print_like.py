print (x)
print ((x))
print (x, y)
print ()
print ("a" "b")
print(*a, **b)
print(f"{x}", file=sys.stderr)
print >> x
print, x
print(x), y
