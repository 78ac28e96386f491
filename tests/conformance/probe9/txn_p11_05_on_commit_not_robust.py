from django.db import transaction
from blog.models import Blog
calls = []
def bad():
    calls.append("bad")
    raise RuntimeError("callback failed")
try:
    with transaction.atomic():
        Blog.objects.create(name="NR", tagline="r")
        transaction.on_commit(bad)
        transaction.on_commit(lambda: calls.append("good"))
except RuntimeError as exc:
    result = (str(exc), calls, Blog.objects.filter(name="NR").exists())
