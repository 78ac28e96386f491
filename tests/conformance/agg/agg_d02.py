# Exists() combined with Q objects by | and &.
from django.db.models import Exists, OuterRef, Q
from blog.models import Blog, Entry
hot = Exists(Entry.objects.filter(blog=OuterRef("pk"), rating=10))
a = list(Blog.objects.filter(hot | Q(name__startswith="E")).order_by("id").values_list("id", flat=True))
b = list(Blog.objects.filter(Q(hot) & ~Q(id=2)).order_by("id").values_list("id", flat=True))
result = (a, b)
