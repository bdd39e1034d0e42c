a; b; c
x = 1; y = 2;
if a: b; c
import os; import sys
def f(): x = 1; return x
while 0: pass; pass
