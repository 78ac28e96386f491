from datetime import date, datetime
from bank.models import Transfer
qs = Transfer.objects.filter(created__range=(date(2023, 6, 1), date(2023, 6, 2)))
result = (str(qs.query), list(qs.values_list("id", flat=True)))
