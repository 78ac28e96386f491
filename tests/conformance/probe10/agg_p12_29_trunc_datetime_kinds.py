from django.db.models.functions import TruncYear, TruncMonth, TruncWeek, TruncDay, TruncHour, TruncMinute, TruncDate, TruncQuarter
from bank.models import Transfer
t = Transfer.objects.annotate(y=TruncYear("created"), q=TruncQuarter("created"), m=TruncMonth("created"), w=TruncWeek("created"), d=TruncDay("created"), h=TruncHour("created"), mi=TruncMinute("created"), dd=TruncDate("created")).get(pk=2)
result = [(v, type(v).__name__) for v in (t.y, t.q, t.m, t.w, t.d, t.h, t.mi, t.dd)]
