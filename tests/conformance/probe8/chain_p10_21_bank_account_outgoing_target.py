from bank.models import Account, Transfer
qs = Account.objects.filter(outgoing__target__owner="Bob").order_by("id")
result = (str(qs.query), [a.owner for a in qs])
