from blog.models import Blog
qs = Blog.objects.filter(entry__headline__startswith="Why").distinct()
result = (sorted(b.name for b in qs), str(qs.query))
