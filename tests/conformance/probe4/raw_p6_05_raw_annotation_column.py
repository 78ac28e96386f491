from blog.models import Blog
qs = Blog.objects.raw("SELECT b.id, b.name, COUNT(e.id) AS n FROM blog_blog b LEFT JOIN blog_entry e ON e.blog_id = b.id GROUP BY b.id ORDER BY b.id")
result = [(b.name, b.n) for b in qs]
