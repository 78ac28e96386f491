# A Q on a multi-valued relation plus a kwarg on the same relation in one filter(): one join.
from django.db.models import Q
from blog.models import Blog

qs = Blog.objects.filter(Q(entry__rating=10) | Q(entry__rating=1), entry__number_of_comments__gt=15).distinct()
result = (sorted(qs.values_list("id", flat=True)), str(qs.query))
