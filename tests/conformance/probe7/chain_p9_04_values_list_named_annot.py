from blog.models import Blog, Entry, Author
from django.db.models import Count
qs = Blog.objects.annotate(n=Count("entry")).values_list("name", "n", named=True).order_by("name")
rows = list(qs)
result = (str(qs.query), [(r.name, r.n) for r in rows], type(rows[0]).__name__, rows[0]._fields)
