from blog.models import Blog
qs = Blog.objects.raw("SELECT * FROM blog_blog ORDER BY id")
a = [b.id for b in qs]
b = [b.id for b in qs]
result = (a == b, len(a))
