# A non-robust on_commit callback that raises: the data is committed, the exception propagates,
# and later callbacks do not run.
from django.db import transaction
from blog.models import Blog

log = []


def boom():
    raise ValueError("callback failed")


try:
    with transaction.atomic():
        Blog.objects.create(name="Committed", tagline="")
        transaction.on_commit(boom)
        transaction.on_commit(lambda: log.append("later"))
except ValueError as exc:
    log.append(str(exc))
result = (log, Blog.objects.filter(name="Committed").exists())
