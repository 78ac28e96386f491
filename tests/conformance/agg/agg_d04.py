# order_by() a function, values() with no fields after annotate().
from django.db.models import Count
from django.db.models.functions import Lower
from blog.models import Blog
a = list(Blog.objects.order_by(Lower("name").desc()).values_list("id", flat=True))
b = list(Blog.objects.annotate(n=Count("entry")).order_by("id").values()[:2])
result = (a, b)
