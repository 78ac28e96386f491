from bank.models import Account, Transfer
qs = Transfer.objects.values_list("source__owner", "target__owner", named=True).order_by("id")
result = (str(qs.query), [tuple(r) for r in qs], [type(r).__name__ for r in qs])
