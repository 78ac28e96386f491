from bank.models import Account, Transfer
from django.db import connection
a, c1 = Account.objects.get_or_create(owner="Eve", defaults={"balance": 5})
b, c2 = Account.objects.get_or_create(owner="Eve", defaults={"balance": 9})
result = (c1, c2, a.pk == b.pk, b.balance, [q["sql"] for q in connection.queries])
