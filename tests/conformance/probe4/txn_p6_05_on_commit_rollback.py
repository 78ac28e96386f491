from django.db import transaction
from blog.models import Blog
log = []
try:
    with transaction.atomic():
        Blog.objects.create(name="N", tagline="t")
        transaction.on_commit(lambda: log.append("sent"))
        raise RuntimeError("x")
except RuntimeError:
    pass
transaction.on_commit(lambda: log.append("outside"))
result = log
