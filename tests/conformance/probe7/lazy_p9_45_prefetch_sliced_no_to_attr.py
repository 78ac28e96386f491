from blog.models import Blog, Entry, Author
from django.db.models import Prefetch
from django.db import connection
qs = Author.objects.prefetch_related(Prefetch("entry_set", queryset=Entry.objects.order_by("id")[1:3])).order_by("id")
out = [(a.id, [e.id for e in a.entry_set.all()]) for a in qs]
result = (out, [q["sql"] for q in connection.queries])
