from bank.models import Account, Transfer
qs = Account.objects.filter(pk__in=Transfer.objects.filter(amount__gt=5).values("source")).order_by("id")
qs2 = Transfer.objects.filter(source__in=Account.objects.filter(incoming__amount__gt=0)).order_by("id")
result = (str(qs.query), [a.id for a in qs], str(qs2.query), [t.id for t in qs2])
