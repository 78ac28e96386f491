def deposit(account, amount):
    account.refresh_from_db()
    account.balance += amount
    account.save()
