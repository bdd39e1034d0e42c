# first: imports second before defining NAME.
from second import OTHER

NAME = "first"
