# exclude() on a reverse relation with two conditions.
from blog.models import Blog

qs = Blog.objects.exclude(entry__rating__gte=8, entry__number_of_comments__gt=3)
result = (str(qs.query), sorted(qs.values_list("id", flat=True)))
