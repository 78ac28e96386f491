from bank.models import Account
a, created = Account.objects.update_or_create(owner="Alice", defaults={"balance": 7})
result = (a.balance, created, Account.objects.get(owner="Alice").balance)
