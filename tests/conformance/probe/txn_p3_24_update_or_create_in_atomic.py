# update_or_create() with create_defaults (Django 5.0+): creates with create_defaults.
from bank.models import Account

a, created = Account.objects.update_or_create(owner="Neo", defaults={"balance": 1}, create_defaults={"balance": 99})
b, created2 = Account.objects.update_or_create(owner="Neo", defaults={"balance": 1}, create_defaults={"balance": 99})
result = (created, a.balance, created2, b.balance)
