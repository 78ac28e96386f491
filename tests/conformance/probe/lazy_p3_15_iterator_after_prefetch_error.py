# iterator() after prefetch_related() needs a chunk_size (Django 5.0+).
from blog.models import Blog

try:
    list(Blog.objects.prefetch_related("entry_set").iterator())
    outcome = "no error"
except ValueError as exc:
    outcome = str(exc)
result = outcome
