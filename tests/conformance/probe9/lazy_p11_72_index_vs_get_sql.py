from blog.models import Entry
from django.db import connection
a = Entry.objects.filter(blog_id=2).order_by("id")[0]
b = Entry.objects.get(pk=a.pk)
c = Entry.objects.order_by("-pub_date").first()
d = Entry.objects.latest("pub_date")
result = (a.id, b.id, c.id == d.id, [q["sql"] for q in connection.queries])
