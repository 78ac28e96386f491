from bank.models import Transfer
qs = Transfer.objects.filter(created__minute=30, created__second=0)
result = (str(qs.query), list(qs.values_list("id", flat=True)))
