# create() through a prefetched relation drops the prefetched cache.
from django.db import connection
from blog.models import Blog

b = Blog.objects.prefetch_related("entry_set").get(pk=4)
n1 = len(b.entry_set.all())
b.entry_set.create(headline="x", body_text="", pub_date="2024-01-01")
n2 = len(b.entry_set.all())
result = (n1, n2, len(connection.queries))
