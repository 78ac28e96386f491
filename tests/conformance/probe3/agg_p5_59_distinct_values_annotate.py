# distinct() with values() and annotate().
from django.db.models import Count
from blog.models import Entry

qs = Entry.objects.values("blog__name").annotate(n=Count("authors", distinct=True)).distinct().order_by("blog__name")
result = (list(qs), str(qs.query))
