from blog.models import Blog, Entry, Author
from django.db import connection
a = Entry.objects.reverse().first()
b = Entry.objects.all().reverse().last()
result = (a.id, b.id, [q["sql"] for q in connection.queries])
