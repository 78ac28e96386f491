from blog.models import Blog, Entry, Author
from django.db import connection
d = Blog.objects.in_bulk(["Beatles Blog", "nope"], field_name="name")
result = ({k: v.id for k, v in d.items()}, connection.queries[-1]["sql"])
