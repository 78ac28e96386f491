# Greatest with a subquery that may be NULL, guarded by Coalesce.
from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Greatest
from blog.models import Blog, Entry

top = Entry.objects.filter(blog=OuterRef("pk"), rating__gt=9).order_by("-rating").values("rating")[:1]
qs = Blog.objects.annotate(g=Greatest(Coalesce(Subquery(top), Value(0)), Value(5))).order_by("pk")
result = [(b.pk, b.g) for b in qs]
