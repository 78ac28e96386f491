# savepoint_commit() inside an outer block that later rolls back: nothing survives.
from django.db import transaction
from blog.models import Blog

try:
    with transaction.atomic():
        sid = transaction.savepoint()
        Blog.objects.create(name="SP", tagline="")
        transaction.savepoint_commit(sid)
        raise RuntimeError("outer fails")
except RuntimeError:
    pass
result = Blog.objects.filter(name="SP").exists()
