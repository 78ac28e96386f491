from bank.models import Account, Transfer
a = Transfer.objects.values_list("source__owner", flat=True)
b = Transfer.objects.values_list("target__owner", flat=True)
qs = a.union(b).order_by("source__owner")
result = (str(qs.query), list(qs))
