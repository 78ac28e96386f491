from blog.models import Blog, Entry
result = Entry.objects.filter(blog__in=Blog.objects.filter(name__startswith="D")).explain()
