# leading
x = 1  # trailing
if x:  # after colon
    # in block
    y = 2
# between
    # weird indent comment
z = [  # in bracket
    1,  # item
    # alone
    2,
]  # end
def f(a,  # param
      b):
    pass  # body
