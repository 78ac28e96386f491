# Manual savepoint_rollback() undoes the work since the savepoint; the rest commits.
from django.db import transaction
from blog.models import Blog

with transaction.atomic():
    Blog.objects.create(name="Before", tagline="")
    sid = transaction.savepoint()
    Blog.objects.create(name="Undone", tagline="")
    transaction.savepoint_rollback(sid)
    Blog.objects.create(name="After", tagline="")
result = list(Blog.objects.filter(pk__gt=5).order_by("id").values_list("name", flat=True))
