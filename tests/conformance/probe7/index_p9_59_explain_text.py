from blog.models import Blog, Entry, Author
s = Entry.objects.filter(rating__gte=5).explain()
result = (type(s).__name__, s.splitlines()[0][:8])
