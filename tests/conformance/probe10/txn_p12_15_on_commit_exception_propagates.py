from django.db import transaction
from blog.models import Blog
def boom():
    raise RuntimeError("callback failed")
try:
    with transaction.atomic():
        Blog.objects.create(name="cb", tagline="c")
        transaction.on_commit(boom)
    result = "no error"
except RuntimeError as exc:
    result = (str(exc), Blog.objects.filter(name="cb").exists())
