# last() on an evaluated ordered QuerySet reverses the ordering: a new query (the cache is not used).
from blog.models import Entry

qs = Entry.objects.filter(blog_id=2).order_by("pub_date", "id")
items = list(qs)
result = (items[-1].id, qs.last().id)
