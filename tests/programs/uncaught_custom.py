# ends with an uncaught user-defined exception carrying a message
class ValidationError(Exception):
    pass
def validate(age):
    if not isinstance(age, int):
        raise ValidationError(f'age must be an int, got {type(age).__name__}')
    if age < 0:
        raise ValidationError(f'age must be >= 0, got {age}')
    return age
for a in [3, 40, 0]:
    print('valid', validate(a))
try:
    validate('x')
except ValidationError as e:
    print('caught:', e)
validate(-5)
