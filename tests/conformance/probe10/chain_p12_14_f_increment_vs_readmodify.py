from django.db import connection
from django.db.models import F
from bank.models import Account
a1 = Account.objects.get(pk=1)
a2 = Account.objects.get(pk=1)
a1.balance += 10
a1.save()
a2.balance += 20
a2.save()
lost = Account.objects.get(pk=1).balance
Account.objects.filter(pk=2).update(balance=F("balance") + 10)
Account.objects.filter(pk=2).update(balance=F("balance") + 20)
kept = Account.objects.get(pk=2).balance
result = (lost, kept, [q["sql"] for q in connection.queries if q["sql"].startswith("UPDATE")])
