# Count("id") and n=Count("id") together; the aggregate keys.
from django.db.models import Count, Sum
from bank.models import Transfer

result = Transfer.objects.aggregate(Count("id"), Sum("amount"), n=Count("id"))
