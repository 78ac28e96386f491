from bank.models import Account
obj, created = Account.objects.update_or_create(owner="Alice", defaults={"balance": 5})
obj2, created2 = Account.objects.update_or_create(owner="Zoe", defaults={"balance": 7})
result = (obj.balance, created, obj2.balance, created2)
