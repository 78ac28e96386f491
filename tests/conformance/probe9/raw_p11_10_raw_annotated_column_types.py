from blog.models import Blog
rqs = Blog.objects.raw("SELECT b.id, b.name, COUNT(e.id) AS entry_count, AVG(e.rating) AS avg_rating FROM blog_blog b LEFT JOIN blog_entry e ON e.blog_id = b.id GROUP BY b.id ORDER BY b.id")
result = [(b.name, b.entry_count, None if b.avg_rating is None else round(b.avg_rating, 2)) for b in rqs]
