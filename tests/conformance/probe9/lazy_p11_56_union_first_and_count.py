from blog.models import Entry
from django.db import connection
u = Entry.objects.filter(rating=10).union(Entry.objects.filter(blog_id=4))
n = u.count()
f = u.order_by("-id").first()
e = u.exists()
result = (n, f.id, e, [q["sql"] for q in connection.queries])
