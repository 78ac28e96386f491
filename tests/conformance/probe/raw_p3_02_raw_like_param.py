# A LIKE pattern passed as a parameter; the % lives in the value, not in the SQL.
from blog.models import Blog

result = [b.name for b in Blog.objects.raw("SELECT id, name FROM blog_blog WHERE name LIKE %s ORDER BY id", ["%Blog%"])]
