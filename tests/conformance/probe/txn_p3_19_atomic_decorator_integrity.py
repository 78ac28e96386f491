# An @atomic function that hits IntegrityError: the whole function's work is undone.
from django.db import IntegrityError, transaction
from blog.models import Blog


@transaction.atomic
def make_two():
    Blog.objects.create(name="First", tagline="")
    Blog.objects.create(id=2, name="Dup", tagline="")


try:
    make_two()
except IntegrityError as exc:
    err = str(exc)
result = (err, Blog.objects.filter(name="First").exists())
