# aggregate() over an annotation: Sum of per-blog maximums.
from django.db.models import Max, Sum, Count
from blog.models import Blog

result = Blog.objects.annotate(best=Max("entry__rating"), n=Count("entry")).aggregate(total=Sum("best"), most=Max("n"))
