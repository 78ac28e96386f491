from blog.models import Blog
ids = [1, 3, 5]
placeholders = ", ".join(["%s"] * len(ids))
sql = f"SELECT * FROM blog_blog WHERE id IN ({placeholders}) ORDER BY id"
rqs = Blog.objects.raw(sql, ids)
result = (sql, [b.name for b in rqs])
