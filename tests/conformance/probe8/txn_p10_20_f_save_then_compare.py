from bank.models import Account, Transfer
from django.db.models import F
a = Account.objects.get(pk=1)
a.balance = F("balance") - 150
a.save(update_fields=["balance"])
a.refresh_from_db(fields=["balance"])
result = (a.balance, a.balance < 0)
