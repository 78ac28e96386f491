# F() on an instance: the attribute stays a CombinedExpression until refresh_from_db().
from django.db.models import F
from bank.models import Account

a = Account.objects.get(owner="Bob")
a.balance = F("balance") - 20
a.save()
kind = type(a.balance).__name__
a.refresh_from_db()
result = (kind, a.balance)
