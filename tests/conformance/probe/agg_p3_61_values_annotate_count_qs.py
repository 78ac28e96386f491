# count() of a values().annotate().filter() (grouped + HAVING) QuerySet.
from django.db.models import Count
from blog.models import Entry

qs = Entry.objects.values("blog__name").annotate(n=Count("id")).filter(n__gt=10)
result = (qs.count(), qs.exists())
