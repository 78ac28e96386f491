from blog.models import Entry, Blog
e = Entry.objects.get(pk=1)
print(e.authors)
print(Blog.objects.get(pk=1).entry_set)
result = (str(e.authors), repr(e.blog))
