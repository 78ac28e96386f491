# Aggregates without an alias get field__func keys.
from django.db.models import Sum, Max, Count
from bank.models import Account

result = Account.objects.aggregate(Sum("balance"), Max("balance"), Count("id"))
