from django.db.models import OuterRef, Subquery
from blog.models import Blog, Entry
sub = Entry.objects.filter(blog=OuterRef("pk")).values("headline", "rating")[:1]
try:
    result = list(Blog.objects.annotate(x=Subquery(sub)).values_list("x", flat=True))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
