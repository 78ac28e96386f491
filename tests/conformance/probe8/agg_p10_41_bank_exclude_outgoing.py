from bank.models import Account, Transfer
qs = Account.objects.exclude(outgoing__isnull=False).order_by("id")
result = (str(qs.query), [a.owner for a in qs])
