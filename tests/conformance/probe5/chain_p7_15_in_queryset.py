from blog.models import Blog, Entry
qs = Entry.objects.filter(blog__in=Blog.objects.filter(name__startswith="Py")).order_by("id")
result = (str(qs.query), list(qs.values_list("id", flat=True)))
