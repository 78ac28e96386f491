from blog.models import Blog
qs = Blog.objects.raw("SELECT * FROM blog_blog WHERE id = %(id)s", {"id": 2})
result = (repr(qs), [b.name for b in qs])
