# finally blocks and with-exits still run before the program dies of an uncaught error
class Guard:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False
def work():
    with Guard('outer'):
        try:
            with Guard('inner'):
                print('working')
                raise RuntimeError('fatal problem')
        finally:
            print('finally in work')
try:
    work()
finally:
    print('module-level finally')
print('not reached')
