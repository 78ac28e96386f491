# instance.field = F(...) then save(); the attribute is an expression until refreshed.
from django.db.models import F
from bank.models import Account

a = Account.objects.get(pk=2)
a.balance = F("balance") + 1
a.save()
before = repr(a.balance)
a.refresh_from_db()
result = (before, a.balance)
