# get() on an evaluated QuerySet still runs a query.
from django.db import connection
from blog.models import Blog

qs = Blog.objects.all()
list(qs)
b = qs.get(pk=2)
result = (b.name, len(connection.queries))
