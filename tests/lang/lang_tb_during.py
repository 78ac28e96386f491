# An exception raised while handling another: both tracebacks, joined by "During handling ...".
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount


def transfer(src, amount):
    try:
        src.withdraw(amount)
    except ValueError:
        log = {}
        print("logging the failure")
        log["failures"] += 1


acct = Account(10)
transfer(acct, 5)
print(acct.balance)
transfer(acct, 50)
