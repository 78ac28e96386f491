from bank.models import Account, Transfer
qs = Transfer.objects.datetimes("created", "day")
result = (str(qs.query), list(qs))
