from django.db.models import Count, Avg, Q
from blog.models import Blog
qs = Blog.objects.annotate(
    n_authors=Count("entry__authors", distinct=True),
    n_entries=Count("entry", distinct=True),
    good_avg=Avg("entry__rating", filter=Q(entry__rating__gte=5)),
).order_by("id")
result = ([(b.id, b.n_authors, b.n_entries, b.good_avg) for b in qs], str(qs.query))
