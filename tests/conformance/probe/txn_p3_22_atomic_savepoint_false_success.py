# Nested atomic(savepoint=False) that succeeds emits no SAVEPOINT statements.
from django.db import transaction
from blog.models import Blog

with transaction.atomic():
    with transaction.atomic(savepoint=False):
        Blog.objects.create(name="NoSP", tagline="")
result = Blog.objects.filter(name="NoSP").count()
