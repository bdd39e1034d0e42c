(a)
((a))
(((a)))
(a).b
(a)(b)
(a)[b]
(a + b) * c
a * (b + c)
((a, b))
(a, (b, (c,)))
( a )
(
  a
)
x = (a)
(x) = 1
f((a), (b))
[(a)]
(-a)
-(a)
(not a)
(a if b else c)
(lambda: 1)
(yield_)
(a)(b)(c)
(a.b)(c)
((a)).b
(1)
(1, 2)[0]
("abc")
("a" "b")
