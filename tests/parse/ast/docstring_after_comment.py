# comment first

"""Docstring after a comment."""
x = 1
