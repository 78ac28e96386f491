# raw() with % string formatting: the input rewrites the query (the lesson: pass params).
from blog.models import Blog

evil = "x' OR '1'='1"
unsafe = Blog.objects.raw("SELECT * FROM blog_blog WHERE name = '%s'" % evil)
safe = Blog.objects.raw("SELECT * FROM blog_blog WHERE name = %s", [evil])
result = (len(list(unsafe)), len(list(safe)))
