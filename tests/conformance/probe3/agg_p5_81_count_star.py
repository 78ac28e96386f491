# Count("*") and Count with a Q filter in annotate per blog.
from django.db.models import Count, Q
from blog.models import Blog

qs = Blog.objects.annotate(all=Count("*"), good=Count("entry", filter=Q(entry__rating__gte=7))).order_by("pk")
result = ([(b.pk, b.all, b.good) for b in qs], str(qs.query))
