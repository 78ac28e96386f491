from django.db import transaction, IntegrityError
from blog.models import Blog
msgs = []
with transaction.atomic():
    try:
        with transaction.atomic():
            Blog.objects.create(id=1, name="dup", tagline="d")
    except IntegrityError as exc:
        msgs.append(str(exc))
    Blog.objects.create(name="after", tagline="a")
result = (msgs, Blog.objects.filter(name__in=["dup", "after"]).count())
