from django.db import transaction, IntegrityError
from blog.models import Blog
out = []
try:
    with transaction.atomic():
        try:
            Blog.objects.create(id=2, name="dup", tagline="d")
        except IntegrityError as exc:
            out.append(type(exc).__name__)
        Blog.objects.count()
except Exception as exc:
    out.append((type(exc).__name__, str(exc)))
result = (out, Blog.objects.count())
