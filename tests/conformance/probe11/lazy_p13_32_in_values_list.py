# `in` on a values_list(flat=True) compares plain values.
from bank.models import Account

owners = Account.objects.values_list("owner", flat=True)
result = ("Alice" in owners, "Zed" in owners)
