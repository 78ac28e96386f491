from django.db.models import Exists, OuterRef
from blog.models import Blog, Entry
hot = Entry.objects.filter(blog=OuterRef("pk"), rating=10)
qs = Blog.objects.annotate(has_hot=Exists(hot)).order_by("id")
result = (list(qs.values_list("name", "has_hot")), str(qs.query))
