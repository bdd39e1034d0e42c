# classmethod, staticmethod, property, name mangling, instance counting
class Account:
    bank = 'PeppyBank'
    _count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance
        Account._count += 1
        self.number = Account._count
    @property
    def balance(self):
        return self.__balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError('negative balance')
        self.__balance = value
    @classmethod
    def open_many(cls, *owners):
        return [cls(o) for o in owners]
    @staticmethod
    def fee(amount):
        return round(amount * 0.01, 2)
    def deposit(self, amount):
        self.balance = self.balance + amount - self.fee(amount)
        return self
    def __repr__(self):
        return f'Account({self.owner!r}, #{self.number}, {self.balance})'
a = Account('ann', 100)
print(a, a.balance, a.bank, Account.fee(250), a.fee(1000))
a.deposit(50).deposit(25)
print(a)
many = Account.open_many('bob', 'cy')
print(many, Account._count)
try:
    a.balance = -5
except ValueError as e:
    print(type(e).__name__, e)
print(a.balance, a._Account__balance, hasattr(a, '__balance'), sorted(vars(a)))
a.balance = 7
print(a)
print(type(Account.__dict__['fee']).__name__, type(Account.__dict__['open_many']).__name__)
print(type(Account.__dict__['balance']).__name__, isinstance(Account.balance, property))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp()
t._c = 100
print(t.f)
try:
    t.f = 5
except AttributeError as e:
    print(type(e).__name__, e)
