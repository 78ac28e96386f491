from django.db.models.functions import ExtractWeekDay, ExtractIsoWeekDay, ExtractQuarter
from blog.models import Entry
result = list(Entry.objects.filter(id__lte=3).annotate(wd=ExtractWeekDay("pub_date"), iwd=ExtractIsoWeekDay("pub_date"), q=ExtractQuarter("pub_date")).values_list("id", "wd", "iwd", "q"))
