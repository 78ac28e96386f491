from blog.models import Entry
from django.db import connection
qs = Entry.objects.values("blog_id").distinct()
result = (qs.exists(), qs.count(), [q["sql"] for q in connection.queries])
