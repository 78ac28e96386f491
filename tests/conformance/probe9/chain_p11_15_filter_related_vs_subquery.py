from blog.models import Entry, Blog
a = Entry.objects.filter(blog__name="Python Pulse")
b = Entry.objects.filter(blog__in=Blog.objects.filter(name="Python Pulse"))
result = (str(a.query), str(b.query), sorted(e.id for e in a) == sorted(e.id for e in b))
