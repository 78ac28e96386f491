from django.db import transaction, connection
from bank.models import Account
with transaction.atomic():
    acc, created = Account.objects.update_or_create(owner="Bob", defaults={"balance": 75})
    acc2, created2 = Account.objects.update_or_create(owner="Eve", defaults={"balance": 5}, create_defaults={"balance": 500})
result = ((acc.balance, created), (acc2.balance, created2), [q["sql"] for q in connection.queries])
