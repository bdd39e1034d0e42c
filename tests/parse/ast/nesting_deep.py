x = ((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))
y = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
z = {{{{{{{{{{1}}}}}}}}}}
w = a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16 + a17 + a18 + a19 + a20 + a21 + a22 + a23 + a24 + a25 + a26 + a27 + a28 + a29 + a30 + a31 + a32 + a33 + a34 + a35 + a36 + a37 + a38 + a39 + a40 + a41 + a42 + a43 + a44 + a45 + a46 + a47 + a48 + a49 + a50 + a51 + a52 + a53 + a54 + a55 + a56 + a57 + a58 + a59
v = f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(x)))))))))))))))))))))))))
u = a.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b
t = -------------------------------x
s = not not not not not not not not not not not not not not not not not not not not x
r = [[[[[[[[x for x in y] for y in z0] for y in z1] for y in z2] for y in z3] for y in z4] for y in z5] for y in z6]
q = lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: 0
p = a[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]
o = x0 if c else x1 if c else x2 if c else x3 if c else x4 if c else x5 if c else x6 if c else x7 if c else x8 if c else x9 if c else x10 if c else x11 if c else x12 if c else x13 if c else x14
if c0:
    if c1:
        if c2:
            if c3:
                if c4:
                    if c5:
                        if c6:
                            if c7:
                                if c8:
                                    if c9:
                                        if c10:
                                            if c11:
                                                if c12:
                                                    if c13:
                                                        if c14:
                                                            if c15:
                                                                if c16:
                                                                    if c17:
                                                                        if c18:
                                                                            if c19:
                                                                                pass
def f0():
    def f1():
        def f2():
            def f3():
                def f4():
                    def f5():
                        def f6():
                            def f7():
                                return 0
