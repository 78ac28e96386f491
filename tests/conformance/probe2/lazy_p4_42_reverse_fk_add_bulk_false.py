# add(bulk=False) saves each object.
from blog.models import Blog, Entry

b = Blog.objects.get(pk=5)
e1, e2 = Entry.objects.filter(pk__in=[2, 3]).order_by("id")
b.entry_set.add(e1, e2, bulk=False)
result = sorted(b.entry_set.values_list("id", flat=True))
