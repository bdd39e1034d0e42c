{k: v for k, v in items}
{k: v for k in a for v in b}
{k: v for k, v in items if k if v}
{x: x ** 2 for x in range(10)}
{(a, b): [c] for a, b, c in z}
{k: {kk: vv for kk, vv in v.items()} for k, v in d.items()}
