# set() on a non-null reverse foreign key only adds.
from blog.models import Blog, Entry

b = Blog.objects.get(pk=5)
b.entry_set.set([Entry.objects.get(pk=1)])
b.entry_set.set(Entry.objects.filter(pk__in=[2, 3]), bulk=False)
result = sorted(b.entry_set.values_list("id", flat=True))
