from blog.models import Blog, Entry, Author
from django.db import connection
n = Author.objects.filter(entry__rating__gte=9).filter(entry__rating__lte=10).distinct()
try:
    r = n.delete()
except Exception as exc:
    r = (type(exc).__name__, str(exc))
result = r
