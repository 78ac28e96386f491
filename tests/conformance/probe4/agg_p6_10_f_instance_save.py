from django.db.models import F
from bank.models import Account
a = Account.objects.get(pk=1)
a.balance = F("balance") - 10
a.save()
try:
    x = a.balance + 1
except TypeError as exc:
    x = str(exc)
a.refresh_from_db()
result = (a.balance, x)
