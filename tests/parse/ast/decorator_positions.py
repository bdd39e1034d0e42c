@decorator
def f():
    pass


@first
@second(
    arg,
)
@third
class C:
    @staticmethod
    def s():
        pass

    @property
    def p(self):
        return 1

@ a .  b ( c )
async def g(): pass
