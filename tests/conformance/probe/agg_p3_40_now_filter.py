# Now() in a filter against a DateTimeField (SQL clock; the fixture transfers are in 2023).
from django.db.models.functions import Now
from bank.models import Transfer

result = Transfer.objects.filter(created__lt=Now()).count()
