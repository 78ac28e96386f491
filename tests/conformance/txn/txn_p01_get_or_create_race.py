from django.db import transaction
from blog.models import Blog
with transaction.atomic():
    b, created = Blog.objects.get_or_create(name="Django Diary", defaults={"tagline": "x"})
    c, created2 = Blog.objects.get_or_create(name="New One", defaults={"tagline": "y"})
result = (b.id, created, created2)
