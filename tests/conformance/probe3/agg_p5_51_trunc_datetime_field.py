# TruncDay/TruncHour/TruncDate on a DateTimeField.
from django.db.models.functions import TruncDate, TruncDay, TruncHour
from bank.models import Transfer

qs = Transfer.objects.annotate(d=TruncDay("created"), h=TruncHour("created"), dd=TruncDate("created")).order_by("pk")
result = ([(t.d, t.h, t.dd) for t in qs], str(qs.query))
