from django.db.models import OuterRef, Subquery, F
from blog.models import Blog, Entry
best = Entry.objects.filter(blog=OuterRef("pk")).order_by("-rating").values("rating")[:1]
qs = Blog.objects.annotate(best=Subquery(best)).order_by(F("best").desc(nulls_first=True), "id")
result = ([(b.name, b.best) for b in qs], str(qs.query))
