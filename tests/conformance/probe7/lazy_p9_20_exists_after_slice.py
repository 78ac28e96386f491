from blog.models import Blog, Entry, Author
from django.db import connection
qs = Entry.objects.order_by("id")[2:4]
result = (qs.exists(), Entry.objects.order_by("id")[100:].exists(), [q["sql"] for q in connection.queries])
