from django.db.models import Count, Avg
from blog.models import Blog
result = Blog.objects.annotate(n=Count("entry")).aggregate(avg_n=Avg("n"))
