from bank.models import Account, Transfer
qs = Transfer.objects.filter(source__in=Account.objects.filter(balance__gt=50)).order_by("id")
result = (str(qs.query), [t.id for t in qs])
