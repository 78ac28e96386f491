from blog.models import Blog, Entry
qs = Entry.objects.filter(blog_id__in=Blog.objects.filter(id__lt=2).values("id"))
result = (str(qs.query), qs.count())
