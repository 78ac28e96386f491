from blog.models import Blog, Entry, Author
from django.db.models import Count
try:
    Count("id", default=0)
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
