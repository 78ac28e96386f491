from blog.models import Blog, Entry, Author
from django.db.models import Prefetch
from django.db import connection
qs = Entry.objects.filter(id__lte=4).prefetch_related(Prefetch("authors", queryset=Author.objects.order_by("-name")[:1], to_attr="top")).order_by("id")
out = [(e.id, [a.name for a in e.top]) for e in qs]
result = (out, connection.queries[-1]["sql"])
