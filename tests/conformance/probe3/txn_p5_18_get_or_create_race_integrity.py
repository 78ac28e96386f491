# get_or_create when create hits IntegrityError falls back to get.
from django.db import connection, reset_queries
from blog.models import Blog

reset_queries()
b, created = Blog.objects.get_or_create(name="Beatles Blog", defaults={"tagline": "x"})
c, created2 = Blog.objects.get_or_create(name="New Blog", defaults={"tagline": "y"})
result = (b.pk, created, created2, [q["sql"] for q in connection.queries])
