# The same injection through Manager.raw() with % formatting against params.
from blog.models import Blog

evil = "x' OR 1=1 --"
leaked = [b.id for b in Blog.objects.raw("SELECT * FROM blog_blog WHERE name = '%s' ORDER BY id" % evil)]
safe = [b.id for b in Blog.objects.raw("SELECT * FROM blog_blog WHERE name = %s ORDER BY id", [evil])]
result = (leaked, safe)
