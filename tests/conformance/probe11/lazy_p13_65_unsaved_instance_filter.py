# Filtering by an unsaved related instance is refused.
from blog.models import Blog, Entry

b = Blog(name="Unsaved")
try:
    list(Entry.objects.filter(blog=b))
    result = "ok"
except ValueError as exc:
    result = str(exc)
