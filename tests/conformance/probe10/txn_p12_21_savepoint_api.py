from django.db import transaction, connection
from blog.models import Blog
with transaction.atomic():
    Blog.objects.create(name="s1", tagline="")
    sid = transaction.savepoint()
    Blog.objects.create(name="s2", tagline="")
    transaction.savepoint_rollback(sid)
    sid2 = transaction.savepoint()
    Blog.objects.create(name="s3", tagline="")
    transaction.savepoint_commit(sid2)
result = (sorted(Blog.objects.filter(name__startswith="s").values_list("name", flat=True)), type(sid).__name__)
