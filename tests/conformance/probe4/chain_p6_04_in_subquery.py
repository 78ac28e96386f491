from blog.models import Blog, Entry
blogs = Blog.objects.filter(name__contains="Django")
qs = Entry.objects.filter(blog__in=blogs)
result = (qs.count(), str(qs.query))
