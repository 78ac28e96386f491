from django.db.models import Sum, Count
from blog.models import Blog, Entry
from django.db import connection, reset_queries
reset_queries()
loop = {b.name: Entry.objects.filter(blog=b).aggregate(s=Sum("number_of_comments"))["s"] for b in Blog.objects.order_by("id")}
n_loop = len(connection.queries)
reset_queries()
one = {r["blog__name"]: r["s"] for r in Entry.objects.values("blog__name").annotate(s=Sum("number_of_comments"))}
result = (loop, one, n_loop, len(connection.queries))
