# A Python exception caught inside the atomic block does not roll anything back.
from django.db import transaction
from blog.models import Blog

with transaction.atomic():
    Blog.objects.create(name="Stays", tagline="")
    try:
        raise KeyError("nothing to do with SQL")
    except KeyError:
        pass
result = Blog.objects.filter(name="Stays").count()
