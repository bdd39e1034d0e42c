# imppkg_fail.boom: raises half-way through its body, every time it is imported.
import imppkg_fail

imppkg_fail.LOADS.append("boom")
BEFORE = 1
raise ValueError("boom failed while importing")
AFTER = 2
