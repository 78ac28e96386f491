# ExtractYear and TruncYear grouping.
from django.db.models import Count
from django.db.models.functions import ExtractYear
from blog.models import Entry

result = list(Entry.objects.annotate(y=ExtractYear("pub_date")).values("y").annotate(n=Count("id")).order_by("y")[:5])
