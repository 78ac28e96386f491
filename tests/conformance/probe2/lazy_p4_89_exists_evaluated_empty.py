# exists() and bool on an evaluated empty QuerySet: no more queries.
from django.db import connection
from blog.models import Entry

qs = Entry.objects.filter(blog_id=5)
list(qs)
result = (qs.exists(), bool(qs), qs.count(), qs.first(), len(connection.queries))
