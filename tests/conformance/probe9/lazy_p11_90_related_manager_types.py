from blog.models import Blog, Entry
b = Blog.objects.get(pk=1)
e = Entry.objects.get(pk=1)
result = [(type(m).__name__, type(m).__qualname__, type(m).__module__) for m in (b.entry_set, e.authors, Blog.objects)]
