from datetime import date
from bank.models import Transfer
qs = Transfer.objects.filter(created__date=date(2023, 6, 1))
result = (str(qs.query), list(qs.values_list("id", flat=True)))
