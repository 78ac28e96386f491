# bulk_create with a duplicate pk inside atomic(): the whole batch and the block roll back.
from django.db import IntegrityError, transaction
from blog.models import Blog

try:
    with transaction.atomic():
        Blog.objects.create(name="Before", tagline="")
        Blog.objects.bulk_create([Blog(name="A", tagline=""), Blog(id=3, name="B", tagline="")])
except IntegrityError as exc:
    err = str(exc)
result = (err, Blog.objects.count())
