# tb_modules: an uncaught exception whose traceback runs through two imported modules
# (a function's import, a module body, functions of another module).
import helper

print(helper.chain.__name__)


def go():
    import raiser


go()
