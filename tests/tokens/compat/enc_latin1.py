# -*- coding: latin-1 -*-
x = 'été'
y = 'ÿ'
