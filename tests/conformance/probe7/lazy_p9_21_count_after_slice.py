from blog.models import Blog, Entry, Author
from django.db import connection
qs = Entry.objects.order_by("id")[1:3]
result = (qs.count(), Entry.objects.all()[5:].count(), [q["sql"] for q in connection.queries])
