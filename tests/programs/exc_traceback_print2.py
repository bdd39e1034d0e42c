def helper(n):
    if n == 0:
        raise ValueError("deep")
    helper(n - 1)
try:
    helper(3)
except ValueError:
    try:
        raise TypeError("while handling")
    except TypeError as t:
        raise RuntimeError("final") from None
