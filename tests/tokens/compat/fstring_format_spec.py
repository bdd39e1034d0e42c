s = f'{x!r:>{width}}'
t = f"{y:.2f} {z!s} {w!a}"
