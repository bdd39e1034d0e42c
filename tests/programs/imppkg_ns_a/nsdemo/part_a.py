# nsdemo.part_a: one portion of the namespace package nsdemo (no __init__.py).
WHO = "part a"
