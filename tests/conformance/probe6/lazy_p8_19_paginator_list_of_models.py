from django.core.paginator import Paginator
from blog.models import Blog
p = Paginator(list(Blog.objects.order_by("id")), 2)
result = (p.count, p.page(2).object_list, repr(p.page(2)))
