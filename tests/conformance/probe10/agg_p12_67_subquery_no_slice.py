from django.db.models import OuterRef, Subquery
from blog.models import Blog, Entry
sub = Entry.objects.filter(blog=OuterRef("pk")).values("rating")
try:
    result = list(Blog.objects.annotate(x=Subquery(sub)).order_by("id").values_list("name", "x"))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
