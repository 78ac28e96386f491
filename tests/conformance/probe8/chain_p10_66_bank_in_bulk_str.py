from bank.models import Account, Transfer
d = Account.objects.in_bulk([1, 2])
result = (sorted(d), str(Transfer.objects.get(pk=1)), repr(Transfer.objects.order_by("id")))
