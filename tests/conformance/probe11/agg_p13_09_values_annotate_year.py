# Grouping by a date transform: entries per publication year.
from django.db.models import Count
from blog.models import Entry

qs = Entry.objects.values("pub_date__year").annotate(n=Count("id")).order_by("pub_date__year")
result = (list(qs)[:4], str(qs.query))
