from django.db.models import Count, Q
from blog.models import Blog
qs = Blog.objects.annotate(
    writers=Count("entry__authors", distinct=True),
    good_writers=Count("entry__authors", distinct=True, filter=Q(entry__rating__gte=7)),
    rows=Count("entry__authors"),
).order_by("id")
result = [(b.name, b.writers, b.good_writers, b.rows) for b in qs]
print(qs.query)
