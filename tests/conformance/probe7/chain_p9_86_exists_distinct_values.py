from blog.models import Blog, Entry, Author
from django.db import connection
a = Entry.objects.values("blog").distinct().exists()
b = Entry.objects.order_by("-rating").distinct().exists()
result = (a, b, [q["sql"] for q in connection.queries])
