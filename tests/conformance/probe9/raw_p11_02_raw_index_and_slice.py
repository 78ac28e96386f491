from blog.models import Blog
from django.db import connection
rqs = Blog.objects.raw("SELECT id, name FROM blog_blog ORDER BY id")
first = rqs[0]
part = rqs[1:3]
result = (first.name, type(part).__name__, [b.name for b in part], len(connection.queries))
