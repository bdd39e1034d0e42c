-x
+x
~x
not x
- - x
--x
-+~x
not not x
-1
- 1
+1
~1
-(1)
-1.5
-1j
-(-1)
not -x
-x.y
-x[0]
-x()
-x ** 2
