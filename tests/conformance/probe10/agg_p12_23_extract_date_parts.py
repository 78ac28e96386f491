from django.db.models.functions import ExtractYear, ExtractMonth, ExtractDay, ExtractWeek, ExtractWeekDay, ExtractIsoWeekDay, ExtractQuarter, ExtractIsoYear
from blog.models import Entry
e = Entry.objects.annotate(
    y=ExtractYear("pub_date"), m=ExtractMonth("pub_date"), d=ExtractDay("pub_date"),
    w=ExtractWeek("pub_date"), wd=ExtractWeekDay("pub_date"), iwd=ExtractIsoWeekDay("pub_date"),
    q=ExtractQuarter("pub_date"), iy=ExtractIsoYear("pub_date"),
).get(pk=5)
result = (e.pub_date, e.y, e.m, e.d, e.w, e.wd, e.iwd, e.q, e.iy)
