from blog.models import Blog, Entry, Author
s = Entry.objects.values("id")[:1].explain()
result = (type(s).__name__, "SCAN" in s or "SEARCH" in s)
