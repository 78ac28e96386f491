# A raw INSERT through the cursor, then the ORM sees it.
from django.db import connection
from blog.models import Blog

with connection.cursor() as c:
    c.execute("INSERT INTO blog_blog (name, tagline) VALUES (%s, %s)", ["Raw Blog", "inserted by hand"])
    new_id = c.lastrowid
result = (new_id, Blog.objects.get(pk=new_id).name)
