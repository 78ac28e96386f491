# A duplicate primary key inside a nested atomic(): only the savepoint rolls back; the outer work stays.
from django.db import IntegrityError, transaction
from blog.models import Blog

with transaction.atomic():
    Blog.objects.create(name="Kept", tagline="")
    try:
        with transaction.atomic():
            Blog.objects.create(id=1, name="Dup", tagline="")
    except IntegrityError as exc:
        msg = str(exc)
    n = Blog.objects.count()
result = (msg, n, Blog.objects.filter(name="Kept").exists())
