a+b*c
a<-b
a**-b
x=-1
a>>=b
a<<=b
a//=b
a**=b
a@=b
x=a//b%c
x=a>=b<=c!=d==e
x=~a^b|c&d
x=not-a
x=a if-b else+c
f(*a,**b)
f(x=-1,y=+2)
x=[-a,+b,~c]
