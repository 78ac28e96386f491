# pk__in with a values() QuerySet becomes a subquery.
from blog.models import Entry, Blog

inner = Blog.objects.filter(name__contains="o").values("id")
qs = Entry.objects.filter(blog__in=inner).order_by("id")
result = (str(qs.query), qs.count())
