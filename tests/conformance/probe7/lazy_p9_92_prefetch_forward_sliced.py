from blog.models import Blog, Entry, Author
from django.db.models import Prefetch
try:
    list(Entry.objects.prefetch_related(Prefetch("blog", queryset=Blog.objects.all()[:2])))
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
