from django.db.models.functions import TruncYear, TruncQuarter, TruncMonth, TruncWeek, TruncDay
from blog.models import Entry
e = Entry.objects.annotate(y=TruncYear("pub_date"), q=TruncQuarter("pub_date"), m=TruncMonth("pub_date"), w=TruncWeek("pub_date"), d=TruncDay("pub_date")).get(pk=4)
result = [(v, type(v).__name__) for v in (e.pub_date, e.y, e.q, e.m, e.w, e.d)]
