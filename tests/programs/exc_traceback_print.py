class AppError(Exception):
    pass
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as exc:
        raise AppError(f"missing {key}") from exc
def process():
    try:
        load("b")
    except AppError:
        x = 1 / 0
print("start")
process()
