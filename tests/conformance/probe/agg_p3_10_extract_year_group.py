# Entries per year: ExtractYear in values() then Count.
from django.db.models import Count
from django.db.models.functions import ExtractYear
from blog.models import Entry

qs = Entry.objects.annotate(y=ExtractYear("pub_date")).values("y").annotate(n=Count("id")).order_by("y")
result = list(qs)
