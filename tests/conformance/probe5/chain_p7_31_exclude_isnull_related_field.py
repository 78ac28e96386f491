from blog.models import Blog
qs = Blog.objects.exclude(entry__headline__isnull=True)
result = (str(qs.query), qs.count())
