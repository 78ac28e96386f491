from bank.models import Account, Transfer
from django.db.models import F
a = Account.objects.get(pk=2)
a.balance = F("balance") + 5
a.save()
s1 = str(a.balance)
a.refresh_from_db()
result = (s1, a.balance)
