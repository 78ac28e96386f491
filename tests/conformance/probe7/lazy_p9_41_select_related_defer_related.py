from blog.models import Blog, Entry, Author
from django.db import connection
qs = Entry.objects.select_related("blog").defer("body_text", "blog__tagline").order_by("id")
e = qs[0]
t = e.blog.tagline
result = (str(qs.query), len(connection.queries), connection.queries[-1]["sql"])
