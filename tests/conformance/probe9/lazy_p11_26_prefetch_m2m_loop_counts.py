from blog.models import Entry
from django.db import connection
qs = Entry.objects.filter(blog_id=4).prefetch_related("authors").order_by("id")
data = {e.id: sorted(a.name for a in e.authors.all()) for e in qs}
result = (data, len(connection.queries), connection.queries[-1]["sql"])
