if a:
 x = 1
 if b:
         y = 2
         if c:
          z = 3
 w = 4
class C:
        def m(self):
          return 1
        def n(self):
                       return 2
for i in x:
  for j in y:
    for k in z:
      pass
