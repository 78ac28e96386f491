from blog.models import Entry
from django.db import connection
e = Entry.objects.prefetch_related("authors").get(pk=4)
n1 = e.authors.count()
n2 = e.authors.filter(name__startswith="J").count()
result = (n1, n2, [q["sql"] for q in connection.queries])
