# Saving an instance with an F() twice applies it twice.
from django.db.models import F
from bank.models import Account

a = Account.objects.get(pk=3)
a.balance = F("balance") + 10
a.save()
a.save()
a.refresh_from_db()
result = a.balance
