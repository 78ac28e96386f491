from blog.models import Blog, Entry, Author
from django.db import connection
try:
    n = Entry.objects.filter(id__lte=2).distinct().update(rating=9)
    result = (n, connection.queries[-1]["sql"])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
