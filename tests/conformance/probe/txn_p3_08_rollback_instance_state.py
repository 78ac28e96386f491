# A rolled-back create() leaves the Python object with its pk (the instance is not reverted).
from django.db import transaction
from blog.models import Blog

try:
    with transaction.atomic():
        b = Blog.objects.create(name="Ghost", tagline="")
        raise RuntimeError("undo")
except RuntimeError:
    pass
result = (b.pk, Blog.objects.filter(pk=b.pk).exists())
