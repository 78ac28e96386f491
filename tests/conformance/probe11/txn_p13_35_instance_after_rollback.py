# After a rollback the instance keeps its Python value; refresh_from_db() shows the stored one.
from django.db import transaction
from bank.models import Account

a = Account.objects.get(pk=2)
try:
    with transaction.atomic():
        a.balance = 999
        a.save()
        raise RuntimeError
except RuntimeError:
    pass
kept = a.balance
a.refresh_from_db()
result = (kept, a.balance)
