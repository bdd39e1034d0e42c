# imppkg_circ: modules that import each other (a <-> b works, c <-> d does not).
