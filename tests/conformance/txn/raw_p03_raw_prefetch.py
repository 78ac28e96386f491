from blog.models import Blog
qs = Blog.objects.raw("SELECT * FROM blog_blog WHERE id <= 2 ORDER BY id").prefetch_related("entry_set")
result = [(b.name, len(b.entry_set.all())) for b in qs]
