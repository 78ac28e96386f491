from django.db.models import F
from bank.models import Account
a = Account.objects.get(pk=2)
a.balance = F("balance") + 5
a.save()
a.save()
result = Account.objects.get(pk=2).balance
