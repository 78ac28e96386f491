# Deleting a blog cascades to its entries and their author links.
from blog.models import Blog, Entry

b = Blog.objects.get(pk=4)
n = Entry.objects.filter(blog=b).count()
result = (n, b.delete(), b.pk, Entry.objects.filter(blog_id=4).count())
