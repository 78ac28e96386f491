# in with a QuerySet becomes a subquery.
from blog.models import Blog, Entry

result = list(Entry.objects.filter(blog__in=Blog.objects.filter(name__startswith="C")).order_by("id").values_list("id", flat=True))
