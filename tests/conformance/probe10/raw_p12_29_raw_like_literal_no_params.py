from blog.models import Blog
a = [b.name for b in Blog.objects.raw("SELECT * FROM blog_blog WHERE name LIKE '%Blog' ORDER BY id")]
try:
    b = [x.name for x in Blog.objects.raw("SELECT * FROM blog_blog WHERE name LIKE '%Blog' AND id > %s", [1])]
except Exception as exc:
    b = (type(exc).__name__, str(exc))
c = [x.name for x in Blog.objects.raw("SELECT * FROM blog_blog WHERE name LIKE '%%Blog' AND id > %s", [1])]
result = (a, b, c)
