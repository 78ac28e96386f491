from blog.models import Blog, Entry, Author
from django.db import connection
e = Entry.objects.latest("blog__name")
result = (e.id, connection.queries[-1]["sql"])
