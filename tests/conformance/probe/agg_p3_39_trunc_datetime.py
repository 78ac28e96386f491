# TruncDate, TruncHour and ExtractHour on a DateTimeField (bank transfers).
from django.db.models.functions import ExtractHour, TruncDate, TruncHour
from bank.models import Transfer

qs = Transfer.objects.annotate(d=TruncDate("created"), h=TruncHour("created"), hh=ExtractHour("created")).order_by("id")
result = list(qs.values_list("d", "h", "hh"))
