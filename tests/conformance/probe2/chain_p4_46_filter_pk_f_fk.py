# filter(pk=F('blog_id')) and a column against a related column.
from django.db.models import F
from blog.models import Entry

qs = Entry.objects.filter(pk=F("blog_id"))
qs2 = Entry.objects.filter(rating__gt=F("blog__id"))
result = (str(qs.query), list(qs.values_list("id", flat=True)), qs2.count())
