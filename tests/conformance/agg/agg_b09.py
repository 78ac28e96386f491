# Count(distinct=True, filter=Q) with Coalesce around an aggregate.
from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from blog.models import Blog
qs = Blog.objects.annotate(hi=Count("entry", filter=Q(entry__rating__gte=9), distinct=True),
                           s=Coalesce(Count("entry__number_of_comments"), 0)).order_by("id")
result = [(b.id, b.hi, b.s) for b in qs]
