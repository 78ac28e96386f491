# Exists() used as an annotation next to an aggregate: GROUP BY the outer column it uses.
from django.db.models import Exists, OuterRef, Count
from blog.models import Blog, Entry
top = Entry.objects.filter(blog=OuterRef("pk"), rating=10)
qs = Blog.objects.annotate(n=Count("entry"), top=Exists(top)).order_by("id")
result = list(qs.values_list("id", "n", "top"))
