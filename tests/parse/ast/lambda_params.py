lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1: x
lambda x, y=2: y
lambda *args: args
lambda **kw: kw
lambda *args, **kw: 0
lambda x, *, y: 0
lambda x, *, y=1, z: 0
lambda *, x: x
lambda x, /: x
lambda x, /, y: 0
lambda x=1, /, y=2, *, z=3: 0
lambda a, b=1, /, c=2, *args, d, e=3, **kw: 0
lambda x,: x
lambda *args,: 0
lambda **kw,: 0
lambda x, /,: x
lambda *, x,: x
lambda x=lambda: 1: x
lambda x=(1, 2), y=[]: 0
