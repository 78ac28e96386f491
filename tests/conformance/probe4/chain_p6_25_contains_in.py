from blog.models import Entry, Blog
b = Blog.objects.get(pk=2)
qs = Blog.objects.filter(entry__rating=10)
result = (b in qs, qs.contains(b), Entry.objects.filter(blog=b).contains(Entry.objects.get(pk=1)))
