from django.db.models import OuterRef, Subquery
from blog.models import Blog, Entry
latest = Entry.objects.filter(blog=OuterRef("pk")).order_by("-pub_date").values("headline")[:1]
qs = Blog.objects.annotate(latest=Subquery(latest)).order_by("id")
result = ([(b.name, b.latest) for b in qs], str(qs.query))
