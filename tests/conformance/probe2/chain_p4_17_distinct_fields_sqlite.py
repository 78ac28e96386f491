# distinct(*fields) is not supported on SQLite: NotSupportedError at evaluation.
from django.db import NotSupportedError
from blog.models import Entry

qs = Entry.objects.order_by("blog_id").distinct("blog_id")
try:
    list(qs)
    result = "ok"
except NotSupportedError as exc:
    result = str(exc)
