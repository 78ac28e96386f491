from django.db.models.functions import ExtractHour, ExtractMinute, ExtractSecond, ExtractWeekDay, ExtractQuarter, ExtractIsoYear
from bank.models import Transfer
qs = Transfer.objects.annotate(h=ExtractHour("created"), mi=ExtractMinute("created"), s=ExtractSecond("created"), wd=ExtractWeekDay("created"), q=ExtractQuarter("created"), iy=ExtractIsoYear("created")).order_by("id")
result = [(t.h, t.mi, t.s, t.wd, t.q, t.iy) for t in qs]
print(qs.query)
