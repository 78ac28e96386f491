from blog.models import Blog, Entry, Author
from django.db import connection
d = Entry.objects.order_by("-id").in_bulk([3, 1, 2])
result = (list(d), connection.queries[-1]["sql"])
