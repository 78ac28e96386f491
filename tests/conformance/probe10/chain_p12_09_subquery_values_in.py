from blog.models import Blog, Entry
ids = Entry.objects.filter(rating__gte=9).values("blog")
qs = Blog.objects.filter(pk__in=ids).order_by("id")
result = ([b.name for b in qs], str(qs.query))
