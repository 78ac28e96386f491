# F() assigned on an instance: save() writes balance = balance + 5, refresh reads it back.
from django.db.models import F
from bank.models import Account

acc = Account.objects.get(pk=2)
acc.balance = F("balance") + 5
acc.save(update_fields=["balance"])
acc.refresh_from_db()
result = acc.balance
