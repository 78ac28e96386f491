from blog.models import Blog, Entry, Author
from django.db import connection
b = Blog.objects.prefetch_related("entry_set").order_by("id")[0]
n1 = len(connection.queries)
a = len(b.entry_set.all())
n2 = len(connection.queries)
c = list(b.entry_set.filter(rating__gte=5).values_list("id", flat=True))
result = (n1, n2, len(connection.queries), a, c, connection.queries[-1]["sql"])
