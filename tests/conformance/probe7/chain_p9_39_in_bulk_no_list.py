from blog.models import Blog, Entry, Author
from django.db import connection
d = Entry.objects.filter(rating__gte=5).in_bulk()
result = (sorted(d), connection.queries[-1]["sql"])
