from django.db.models import Max, Value, IntegerField
from django.db.models.functions import Greatest, Coalesce
from blog.models import Blog
qs = Blog.objects.annotate(best=Max("entry__rating")).annotate(g=Greatest("best", Value(7)), g2=Greatest(Coalesce("best", 0), Value(7))).order_by("id")
result = [(b.name, b.g, b.g2) for b in qs]
