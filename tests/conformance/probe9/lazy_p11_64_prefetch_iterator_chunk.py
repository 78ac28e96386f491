from blog.models import Blog
from django.db import connection
names = []
for b in Blog.objects.prefetch_related("entry_set").order_by("id").iterator(chunk_size=2):
    names.append((b.id, len(b.entry_set.all())))
result = (names, [q["sql"] for q in connection.queries])
