# nsdemo.part_b: the other portion of the namespace package nsdemo.
from nsdemo import part_a

WHO = "part b, next to " + part_a.WHO
