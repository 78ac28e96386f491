from blog.models import Blog, Entry, Author
from django.db import connection
n = Entry.objects.filter(id__lte=2).order_by("-id").update(rating=7)
result = (n, connection.queries[-1]["sql"])
