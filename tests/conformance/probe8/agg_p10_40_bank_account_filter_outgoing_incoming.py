from bank.models import Account, Transfer
qs = Account.objects.filter(outgoing__amount__gt=5, incoming__amount__gt=5).order_by("id")
result = (str(qs.query), [a.owner for a in qs])
