from blog.models import Blog, Entry, Author
from django.db.models import Prefetch
from django.db import connection
qs = Blog.objects.prefetch_related(Prefetch("entry_set", queryset=Entry.objects.filter(rating__gte=3).order_by("-rating", "id")[:2], to_attr="best")).order_by("id")
out = [(b.id, [e.id for e in b.best]) for b in qs]
result = (out, connection.queries[-1]["sql"])
