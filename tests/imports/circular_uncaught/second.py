# second: wants NAME from the half-done first.
from first import NAME

OTHER = "second"
