# An on_commit callback that queries runs after COMMIT, outside the transaction.
from django.db import transaction
from blog.models import Blog

seen = []
with transaction.atomic():
    b = Blog.objects.create(name="Hooked", tagline="")
    transaction.on_commit(lambda: seen.append(Blog.objects.filter(pk=b.pk).exists()))
result = seen
