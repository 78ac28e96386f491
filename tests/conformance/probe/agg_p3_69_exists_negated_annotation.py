# ~Exists() as an annotation.
from django.db.models import Exists, OuterRef
from blog.models import Blog, Entry

qs = Blog.objects.annotate(no_top=~Exists(Entry.objects.filter(blog=OuterRef("pk"), rating=10))).order_by("id")
result = list(qs.values_list("id", "no_top"))
