# bulk_update() returns the number of rows and uses CASE WHEN per field.
from bank.models import Account

accts = list(Account.objects.order_by("id"))
for a in accts:
    a.balance += 1
    a.owner = a.owner.upper()
n = Account.objects.bulk_update(accts, ["balance", "owner"])
result = (n, list(Account.objects.order_by("id").values_list("owner", "balance")))
