def f(x):
    if x:
        for i in x:
            pass
    else:
        return
    return x
class C:
  def m(self):
   pass
