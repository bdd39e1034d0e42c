# imppkg_self.selfimp: imports itself (it gets its own half-done module).
import imppkg_self.selfimp as me

print("selfimp sees itself:", me.__name__, hasattr(me, "LATER"))
LATER = 1
