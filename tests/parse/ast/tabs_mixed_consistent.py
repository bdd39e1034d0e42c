if a:
    	x = 1
    	y = 2
class C:
	def m(self):
	    return 1
x	=	[1,	2]
