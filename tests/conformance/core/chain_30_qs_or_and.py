# qs1 | qs2 and qs1 & qs2 combine WHERE clauses.
from blog.models import Entry

a = Entry.objects.filter(rating=10)
b = Entry.objects.filter(blog_id=4)
result = ((a | b).count(), (a & b).count(), list((a & b).order_by("id").values_list("id", flat=True)))
