from blog.models import Entry
from django.db import connection
rqs = Entry.objects.raw("SELECT * FROM blog_entry WHERE blog_id = 4 ORDER BY id").prefetch_related("authors")
data = [(e.id, len(e.authors.all())) for e in rqs]
result = (data, len(connection.queries))
