from blog.models import Blog, Entry, Author
from django.db.models import F, Max
from django.db import connection
b = Blog.objects.annotate(m=Max("entry__rating")).order_by(F("m").desc(nulls_first=True)).last()
result = (b.id, connection.queries[-1]["sql"])
