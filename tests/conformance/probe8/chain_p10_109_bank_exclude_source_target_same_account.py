from bank.models import Account, Transfer
qs = Account.objects.exclude(outgoing__target__owner="Bob").exclude(incoming__source__owner="Dave").order_by("id")
result = (str(qs.query), [a.id for a in qs])
