from blog.models import Blog, Entry, Author
from django.db import connection
a = Entry.objects.values_list("blog_id", flat=True).distinct().first()
result = (a, connection.queries[-1]["sql"])
