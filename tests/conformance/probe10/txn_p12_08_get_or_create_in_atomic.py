from django.db import transaction, connection
from blog.models import Blog
with transaction.atomic():
    a, c1 = Blog.objects.get_or_create(name="Beatles Blog", defaults={"tagline": "x"})
    b, c2 = Blog.objects.get_or_create(name="Fresh", defaults={"tagline": "new"})
result = ((a.pk, c1), (b.tagline, c2), [q["sql"] for q in connection.queries])
