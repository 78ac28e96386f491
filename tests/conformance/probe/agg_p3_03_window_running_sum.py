# A running total with Window(Sum(...)) ordered by pub_date.
from django.db.models import Sum, Window
from bank.models import Account

qs = Account.objects.annotate(running=Window(Sum("balance"), order_by="id")).order_by("id")
result = list(qs.values_list("owner", "balance", "running"))
