a<<=b>>=c**=d//=e
a->b
a=-1
a==-b
a!==b
a<>b
