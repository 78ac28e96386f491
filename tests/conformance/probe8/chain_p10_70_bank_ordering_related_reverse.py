from bank.models import Account, Transfer
qs = Account.objects.order_by("-outgoing__amount", "id")
result = (str(qs.query), [a.id for a in qs])
