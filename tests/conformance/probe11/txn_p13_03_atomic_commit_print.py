# A successful block commits; printing inside shows the block is one transaction.
from django.db import transaction, connection
from blog.models import Blog

with transaction.atomic():
    Blog.objects.create(name="Kept", tagline="t")
    print("in atomic:", connection.in_atomic_block)
print("after:", connection.in_atomic_block)
result = Blog.objects.filter(name="Kept").count()
