[y := f(x) for x in data]
[last := x for x in data]
[x for x in data if (t := x)]
{y: (z := y) for y in a}
any((hit := w) for w in words)
[[j := i for i in row] for row in grid]
