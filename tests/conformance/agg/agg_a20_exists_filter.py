# Exists() in filter() and ~Exists() in exclude.
from django.db.models import Exists, OuterRef
from blog.models import Blog, Entry

hot = Entry.objects.filter(blog=OuterRef("pk"), number_of_comments__gt=25)
a = list(Blog.objects.filter(Exists(hot)).order_by("id").values_list("id", flat=True))
b = list(Blog.objects.filter(~Exists(hot)).order_by("id").values_list("id", flat=True))
result = (a, b)
