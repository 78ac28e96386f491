from blog.models import Blog, Entry, Author
from django.db.models import Prefetch
from django.db import connection
qs = Blog.objects.prefetch_related(Prefetch("entry_set", queryset=Entry.objects.all()[:1], to_attr="one")).order_by("id")
out = [(b.id, len(b.one)) for b in qs]
result = (out, connection.queries[-1]["sql"])
