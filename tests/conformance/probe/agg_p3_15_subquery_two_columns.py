# A Subquery that selects two columns.
from django.db.models import OuterRef, Subquery
from blog.models import Blog, Entry

sub = Entry.objects.filter(blog=OuterRef("pk")).values("id", "headline")[:1]
try:
    r = list(Blog.objects.annotate(x=Subquery(sub)).values_list("x", flat=True))
except Exception as exc:
    r = "%s: %s" % (type(exc).__name__, exc)
result = r
