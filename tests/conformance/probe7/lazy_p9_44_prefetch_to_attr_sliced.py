from blog.models import Blog, Entry, Author
from django.db.models import Prefetch
from django.db import connection
qs = Blog.objects.prefetch_related(Prefetch("entry_set", queryset=Entry.objects.order_by("-pub_date")[:2], to_attr="recent")).order_by("id")
out = [(b.id, [e.id for e in b.recent]) for b in qs]
result = (out, [q["sql"] for q in connection.queries])
