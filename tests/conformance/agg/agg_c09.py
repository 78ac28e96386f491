# Conditional update with F across comparison and aggregate through values_list.
from django.db.models import F, Sum
from bank.models import Account
Account.objects.filter(balance__lt=F("id") * 100).update(balance=F("balance") + 5)
result = (Account.objects.aggregate(t=Sum("balance")), list(Account.objects.values_list("balance", flat=True).order_by("id")))
