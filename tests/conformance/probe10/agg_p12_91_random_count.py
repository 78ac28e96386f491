from django.db.models.functions import Random
from blog.models import Blog
qs = Blog.objects.annotate(r=Random()).order_by("r")
rows = list(qs)
result = (len(rows), sorted(b.id for b in rows), str(qs.query), all(isinstance(b.r, int) for b in rows))
