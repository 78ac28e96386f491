from blog.models import Blog, Entry, Author
a = Entry.objects.filter(authors__name__startswith="J").filter(authors__name__endswith="n")
b = Entry.objects.filter(authors__name__startswith="J", authors__name__endswith="n")
result = (str(a.query), str(b.query), len(list(a)), len(list(b)))
