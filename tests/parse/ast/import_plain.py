import a
import a.b
import a.b.c
import a as b
import a.b as c
import a, b
import a as b, c.d as e, f
import os.path, sys
