from django.db import transaction
from blog.models import Blog
calls = []
def bad():
    calls.append("bad")
    raise RuntimeError("callback failed")
with transaction.atomic():
    Blog.objects.create(name="R", tagline="r")
    transaction.on_commit(bad, robust=True)
    transaction.on_commit(lambda: calls.append("good"))
result = (calls, Blog.objects.filter(name="R").exists())
