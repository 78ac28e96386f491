from blog.models import Blog, Entry
ids = [b.id for b in Blog.objects.filter(name__contains="o")]
result = Entry.objects.filter(blog_id__in=ids).count()
