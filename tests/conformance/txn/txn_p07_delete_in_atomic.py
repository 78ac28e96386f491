from django.db import transaction
from blog.models import Blog
try:
    with transaction.atomic():
        n = Blog.objects.get(pk=5).delete()
        raise RuntimeError("undo")
except RuntimeError:
    pass
result = (n, Blog.objects.filter(pk=5).exists())
