from django.core.paginator import Paginator
from django.db.models import Count
from blog.models import Blog
p = Paginator(Blog.objects.annotate(n=Count("entry")).order_by("-n", "id"), 2)
page = p.page(1)
result = ([(b.name, b.n) for b in page], p.count)
