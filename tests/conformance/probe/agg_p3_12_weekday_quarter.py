# ExtractWeekDay, ExtractQuarter, ExtractWeek, ExtractIsoYear annotations.
from django.db.models.functions import ExtractIsoYear, ExtractQuarter, ExtractWeek, ExtractWeekDay
from blog.models import Entry

qs = Entry.objects.filter(pk__lte=3).annotate(wd=ExtractWeekDay("pub_date"), q=ExtractQuarter("pub_date"),
                                              w=ExtractWeek("pub_date"), iy=ExtractIsoYear("pub_date")).order_by("id")
result = list(qs.values_list("id", "wd", "q", "w", "iy"))
