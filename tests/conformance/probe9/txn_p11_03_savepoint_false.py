from django.db import transaction, connection
from blog.models import Blog
try:
    with transaction.atomic():
        Blog.objects.create(name="Outer", tagline="o")
        try:
            with transaction.atomic(savepoint=False):
                Blog.objects.create(name="Inner", tagline="i")
                raise ValueError("inner boom")
        except ValueError:
            pass
        Blog.objects.create(name="After", tagline="a")
except Exception as exc:
    result = (type(exc).__name__, str(exc), Blog.objects.filter(name__in=["Outer", "Inner", "After"]).count(), [q["sql"] for q in connection.queries])
