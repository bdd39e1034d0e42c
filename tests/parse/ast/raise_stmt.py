raise
raise E
raise E()
raise E("message")
raise E from e
raise E(1) from None
raise a.b.c from d.e
raise (E)
