# import_main_guard: `if __name__ == "__main__":` in the script and in an imported
# module; sys.modules["__main__"] is this script's module.
import sys

sys.path.insert(0, "impmods")
import guarded

guarded.main()
print(__name__, guarded.__name__)
main_module = sys.modules["__main__"]
print(type(main_module).__name__, main_module.__name__)
print(main_module.guarded is guarded)
VALUE = 42
print(main_module.VALUE, getattr(main_module, "VALUE"))
main_module.SET_FROM_OUTSIDE = "yes"
print(SET_FROM_OUTSIDE)


def run():
    print("run() as", __name__)


if __name__ == "__main__":
    run()
else:
    print("never")
