from blog.models import Entry, Blog
a = Entry.objects.filter(blog_id=2).explain()
b = Blog.objects.filter(entry__rating=9).explain()
print(a)
print(b)
result = ("blog_entry_blog_id" in a, len(b.splitlines()))
