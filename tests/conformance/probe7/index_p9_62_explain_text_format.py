from blog.models import Blog, Entry, Author
s = Entry.objects.all().explain(format="text")
result = type(s).__name__
