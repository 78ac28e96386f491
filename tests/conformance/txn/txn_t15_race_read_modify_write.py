# Read-modify-write in Python vs F(): the F() update is one UPDATE statement.
from django.db.models import F
from bank.models import Account

a = Account.objects.get(pk=1)
b = Account.objects.get(pk=1)
a.balance += 10
a.save()
b.balance += 10
b.save()
lost = Account.objects.get(pk=1).balance
Account.objects.filter(pk=1).update(balance=F("balance") + 10)
Account.objects.filter(pk=1).update(balance=F("balance") + 10)
result = (lost, Account.objects.get(pk=1).balance)
