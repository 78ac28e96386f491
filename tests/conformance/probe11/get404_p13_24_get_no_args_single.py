# get() with no arguments on a one-row queryset returns that row.
from bank.models import Account

result = (Account.objects.filter(owner="Dave").get().balance,
          Account.objects.order_by("-balance")[:1].get().owner)
