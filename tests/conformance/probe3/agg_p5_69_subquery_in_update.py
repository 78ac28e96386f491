# update() with a Subquery value.
from django.db import connection, reset_queries
from django.db.models import Count, OuterRef, Subquery
from blog.models import Blog, Entry
from bank.models import Account

reset_queries()
sq = Entry.objects.filter(blog=OuterRef("pk")).order_by("-rating").values("rating")[:1]
n = Blog.objects.update(tagline=Subquery(sq))
result = (n, list(Blog.objects.order_by("pk").values_list("tagline", flat=True)), connection.queries[0]["sql"])
