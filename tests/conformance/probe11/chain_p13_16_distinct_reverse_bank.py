# Accounts with an incoming transfer, with and without distinct().
from bank.models import Account

dup = list(Account.objects.filter(incoming__amount__gt=0).order_by("id").values_list("owner", flat=True))
uniq = list(Account.objects.filter(incoming__amount__gt=0).distinct().order_by("id").values_list("owner", flat=True))
result = (dup, uniq)
