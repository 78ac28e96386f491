from blog.models import Blog
from django.db import connection, reset_queries
reset_queries()
for blog in Blog.objects.prefetch_related("entry_set").order_by("id"):
    print(blog.name, len(blog.entry_set.all()), blog.entry_set.count())
result = [q["sql"] for q in connection.queries]
