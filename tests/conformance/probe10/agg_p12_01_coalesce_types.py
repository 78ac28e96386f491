from django.db.models import Value, IntegerField
from django.db.models.functions import Coalesce
from blog.models import Blog
from django.db.models import Max
qs = Blog.objects.annotate(best=Coalesce(Max("entry__rating"), 0)).order_by("id")
result = [(b.name, b.best, type(b.best).__name__) for b in qs]
print(qs.query)
