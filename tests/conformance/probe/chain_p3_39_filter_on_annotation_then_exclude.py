# exclude() on an aggregate annotation: HAVING NOT (...).
from django.db.models import Count
from blog.models import Blog

qs = Blog.objects.annotate(n=Count("entry")).exclude(n__lt=12).order_by("id")
result = ([(b.id, b.n) for b in qs], str(qs.query))
