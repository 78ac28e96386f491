# explain() of a pk filter and of an in-list.
from bank.models import Account

result = (Account.objects.filter(pk=2).explain(), Account.objects.filter(pk__in=[1, 3]).explain())
