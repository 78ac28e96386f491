# Ordering by an unindexed column adds a temp B-tree to the plan.
from bank.models import Account

result = (Account.objects.order_by("balance").explain(), Account.objects.order_by("id").explain())
