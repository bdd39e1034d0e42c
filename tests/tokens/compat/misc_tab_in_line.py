x	=	1
y = 2	# tab comment
