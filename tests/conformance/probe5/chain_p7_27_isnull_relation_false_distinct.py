from blog.models import Blog
qs = Blog.objects.filter(entry__isnull=False)
result = (str(qs.query), qs.count(), qs.distinct().count())
