# `in` on an unevaluated QuerySet evaluates the whole thing.
from django.db import connection
from blog.models import Blog

qs = Blog.objects.all()
b = Blog.objects.get(pk=2)
x = b in qs
y = Blog(id=2) in qs
result = (x, y, len(connection.queries), qs._result_cache is not None)
