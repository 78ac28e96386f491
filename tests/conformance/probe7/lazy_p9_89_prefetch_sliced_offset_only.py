from blog.models import Blog, Entry, Author
from django.db.models import Prefetch
from django.db import connection
qs = Blog.objects.prefetch_related(Prefetch("entry_set", queryset=Entry.objects.order_by("id")[3:], to_attr="rest")).order_by("id")
out = [(b.id, [e.id for e in b.rest]) for b in qs]
result = (out, connection.queries[-1]["sql"])
