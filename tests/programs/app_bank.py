# a tiny bank: classes, inheritance, custom exceptions, a transaction log
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount}: balance {account.balance}')
        self.amount = amount
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f'deposit must be positive, got {amount}')
        self.balance += amount
        self.log.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(('withdraw', amount))
    def __repr__(self):
        return f'{type(self).__name__}#{self.id}({self.owner}, {self.balance})'
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
a = Account('ann', 100)
b = Savings('bob', 1000)
ops = [(transfer, a, b, 30), (transfer, a, b, 100), (transfer, b, a, 250.5),
       (Account.deposit, a, -5), (Account.withdraw, b, 10000), (Savings.add_interest, b)]
for op, *args in ops:
    try:
        result = op(*args)
        print('ok', op.__name__, result, args)
    except InsufficientFunds as e:
        print('refused:', e, '| amount', e.amount)
    except ValueError as e:
        print('invalid:', e)
print(a, a.log)
print(b, b.log)
print(sorted([a, b], key=lambda acc: acc.balance), sum(x.balance for x in (a, b)))
