from bank.models import Account, Transfer
qs = Transfer.objects.order_by("target__owner", "-source__balance")
result = (str(qs.query), [t.id for t in qs])
