# import_uncaught_body: an exception raised by an imported module's body, uncaught:
# the traceback goes through the module's frames; exit status 1.
import sys

print("start")
try:
    import imppkg_errors.deep_raise
except KeyError:
    print("first attempt failed", "imppkg_errors.deep_raise" in sys.modules)


def main():
    import imppkg_errors.deep_raise


print("second attempt")
sys.stdout.flush()
main()
print("not reached")
