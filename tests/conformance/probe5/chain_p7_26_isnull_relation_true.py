from blog.models import Blog
qs = Blog.objects.filter(entry__isnull=True)
result = (str(qs.query), list(qs.values_list("name", flat=True)))
