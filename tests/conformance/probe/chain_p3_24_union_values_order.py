# union() of two values_list querysets, ordered by the first column.
from blog.models import Blog, Entry

a = Blog.objects.filter(pk__lte=2).values_list("name")
b = Entry.objects.filter(pk__lte=2).values_list("headline")
result = list(a.union(b).order_by("name"))
