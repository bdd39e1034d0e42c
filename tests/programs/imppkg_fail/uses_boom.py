# imppkg_fail.uses_boom: imports the failing module; fails with it.
import imppkg_fail

imppkg_fail.LOADS.append("uses_boom")
from imppkg_fail import boom
