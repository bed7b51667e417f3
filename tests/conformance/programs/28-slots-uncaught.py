# Checks: the uncaught AttributeError traceback for a typo on a __slots__ class
# (stderr + exit code 1), after normal output.
class Account:
    __slots__ = ("owner", "balance")

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        self.last_deposit = amount  # not a declared slot


acct = Account("ada")
print("owner:", acct.owner)
print("balance:", acct.balance)
print("depositing 10 ...")
acct.deposit(10)
print("never printed")
