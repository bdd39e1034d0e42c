# user-defined exception hierarchies, args, str and repr of exceptions
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'missing {key!r}')
        self.key = key
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f'{self.field}: {self.reason}'
def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    if d[k] is None:
        raise Invalid(k, 'is None')
    return d[k]
data = {'a': 1, 'b': None}
for key in ['a', 'b', 'c']:
    try:
        print('value', lookup(data, key))
    except NotFound as e:
        print('NotFound', e, e.key, e.args, repr(e))
    except AppError as e:
        print(type(e).__name__, e, e.args, e.field, isinstance(e, Exception))
try:
    raise AppError
except AppError as e:
    print(repr(e), str(e) == '', e.args)
try:
    raise AppError('one', 2, [3])
except Exception as e:
    print(repr(e), str(e), e.args)
print(issubclass(NotFound, AppError), issubclass(AppError, Exception), issubclass(Exception, BaseException))
print([c.__name__ for c in NotFound.__mro__])
class Retry(Exception):
    def __init__(self, attempts):
        super().__init__(attempts)
        self.attempts = attempts
attempt = 0
while True:
    try:
        attempt += 1
        if attempt < 4:
            raise Retry(attempt)
        print('succeeded after', attempt)
        break
    except Retry as r:
        print('retry', r.attempts, r)
