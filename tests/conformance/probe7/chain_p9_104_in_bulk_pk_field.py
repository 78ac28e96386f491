from blog.models import Blog, Entry, Author
from django.db import connection
d = Entry.objects.in_bulk([1, 2], field_name="pk")
d2 = Entry.objects.in_bulk([1, 2], field_name="id")
result = (sorted(d), sorted(d2), [q["sql"] for q in connection.queries])
