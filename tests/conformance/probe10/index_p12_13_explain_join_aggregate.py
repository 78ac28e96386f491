from django.db.models import Count
from blog.models import Blog
plan = Blog.objects.annotate(n=Count("entry")).filter(n__gt=10).explain()
lines = plan.splitlines()
result = (len(lines) > 1, any("blog_entry" in l for l in lines), lines[0].split(" ", 3)[-1])
