from blog.models import Blog, Entry, Author
from django.db import connection
e = Entry.objects.latest("pub_date", "-id")
f = Entry.objects.earliest("rating", "pub_date")
result = (e.id, f.id, [q["sql"] for q in connection.queries])
