# update() setting a foreign key to an instance.
from blog.models import Entry, Blog

b = Blog.objects.get(pk=5)
n = Entry.objects.filter(pk__in=[1, 2]).update(blog=b)
result = (n, b.entry_set.count())
