from bank.models import Transfer
qs = Transfer.objects.filter(created__hour__gte=12)
result = (str(qs.query), list(qs.values_list("id", flat=True)))
