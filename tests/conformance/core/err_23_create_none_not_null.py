# Saving None into a NOT NULL column raises IntegrityError with SQLite's message.
from django.db import IntegrityError
from blog.models import Blog

try:
    Blog.objects.create(name=None, tagline="t")
except IntegrityError as exc:
    result = str(exc)
