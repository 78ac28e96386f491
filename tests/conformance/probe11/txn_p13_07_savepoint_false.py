# atomic(savepoint=False) inside a block: a failure there cannot be rolled back alone.
from django.db import transaction
from blog.models import Blog

try:
    with transaction.atomic():
        Blog.objects.create(name="Outer", tagline="o")
        try:
            with transaction.atomic(savepoint=False):
                Blog.objects.create(name="Inner", tagline="i")
                raise ValueError("inner")
        except ValueError:
            pass
        Blog.objects.create(name="After", tagline="a")
except Exception as exc:
    err = "%s: %s" % (type(exc).__name__, exc)
result = (err, Blog.objects.filter(id__gt=5).count())
