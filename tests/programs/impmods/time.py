# impmods/time.py: must never be imported: the built-in time module is found first.
raise RuntimeError("impmods/time.py shadowed the built-in time module")
