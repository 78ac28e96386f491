from django.db import IntegrityError, transaction
from blog.models import Blog
b = Blog.objects.get(pk=1)
try:
    with transaction.atomic():
        b.save(force_insert=True)
    result = "ok"
except IntegrityError as e:
    result = (type(e).__name__, str(e))
