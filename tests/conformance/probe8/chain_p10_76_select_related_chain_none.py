from bank.models import Account, Transfer
qs = Transfer.objects.select_related("source").select_related("target").order_by("id")
qs2 = qs.select_related(None)
result = (str(qs.query), str(qs2.query))
