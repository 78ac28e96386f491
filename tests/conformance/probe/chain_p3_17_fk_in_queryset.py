# blog__in with a model QuerySet selects its pk in the subquery; blog= a one-row queryset.
from blog.models import Blog, Entry

a = Entry.objects.filter(blog__in=Blog.objects.filter(name__startswith="D")).count()
b = Entry.objects.filter(blog=Blog.objects.filter(pk=3)[:1]).count()
result = (a, b)
