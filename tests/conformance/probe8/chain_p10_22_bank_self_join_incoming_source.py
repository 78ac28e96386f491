from bank.models import Account, Transfer
qs = Account.objects.filter(incoming__source__incoming__isnull=True).distinct().order_by("id")
result = (str(qs.query), [a.owner for a in qs])
