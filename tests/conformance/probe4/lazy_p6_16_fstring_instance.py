from blog.models import Entry, Blog
e = Entry.objects.get(pk=1)
b = Blog.objects.get(pk=1)
print(f"{e} / {b!r} / {e.blog}")
result = f"{e.pk}: {e}"
