{x for x in y}
{x for x in y if x}
{(x, y) for x in a for y in b}
{x for x in y if x for y in z if y}
{f(x) for x in range(10)}
{x
 for x in y
 if x}
