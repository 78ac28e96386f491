# When() with lookup keywords, and a Subquery in update().
from django.db.models import Case, When, Value, OuterRef, Subquery, Max
from blog.models import Blog, Entry
a = list(Entry.objects.annotate(k=Case(When(rating=10, blog_id=2, then=Value("top")), default=Value("-"))).filter(k="top").order_by("id").values_list("id", flat=True))
n = Blog.objects.filter(id__lte=2).update(tagline=Subquery(Entry.objects.filter(blog=OuterRef("pk")).order_by("-rating", "id").values("headline")[:1]))
result = (a, n, list(Blog.objects.order_by("id").values_list("tagline", flat=True)[:3]))
