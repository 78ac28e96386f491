from bank.models import Account, Transfer
qs = Transfer.objects.values("source__owner", "target__owner", "amount").order_by("id")
result = (str(qs.query), list(qs))
