# -*- coding: latin-1 -*-
s = 'été'
é = 1
x = é + len('üö')
b = b'\xe9'
