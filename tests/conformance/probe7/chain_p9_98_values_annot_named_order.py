from blog.models import Blog, Entry, Author
from django.db.models import Count, F
qs = Entry.objects.annotate(total=F("number_of_comments") + F("number_of_pingbacks")).values_list("id", "total", named=True).order_by("-total", "id")[:3]
rows = list(qs)
result = (str(qs.query), [tuple(r) for r in rows], rows[0].total)
