# -*- coding: koi8-r -*-
s = 'Привет'
П = 1
