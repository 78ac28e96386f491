# Three levels: the middle failure undoes the middle and the innermost work.
from django.db import transaction
from blog.models import Blog

with transaction.atomic():
    Blog.objects.create(name="L1", tagline="")
    try:
        with transaction.atomic():
            Blog.objects.create(name="L2", tagline="")
            with transaction.atomic():
                Blog.objects.create(name="L3", tagline="")
            raise ValueError
    except ValueError:
        pass
result = list(Blog.objects.filter(id__gt=5).values_list("name", flat=True))
