# date and year on a DateTimeField.
from datetime import date
from bank.models import Transfer

result = (list(Transfer.objects.filter(created__date=date(2023, 6, 1)).values_list("id", flat=True)), Transfer.objects.filter(created__year=2023).count(), Transfer.objects.filter(created__hour=14).count())
