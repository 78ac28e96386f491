# Now() in a query without other parameters.
from django.db.models.functions import Now
from bank.models import Transfer
result = list(Transfer.objects.annotate(n=Now()).filter(created__lt=Now()).values_list("id", flat=True).order_by("id")[:2])
