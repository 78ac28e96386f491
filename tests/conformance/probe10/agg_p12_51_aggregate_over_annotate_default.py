from django.db.models import Count, Sum, Avg, Max
from blog.models import Blog
qs = Blog.objects.annotate(n=Count("entry"))
a = qs.aggregate(total=Sum("n"), avg=Avg("n"), most=Max("n"))
b = qs.filter(name="nope").aggregate(total=Sum("n", default=0), most=Max("n", default=-1))
result = (a, b)
