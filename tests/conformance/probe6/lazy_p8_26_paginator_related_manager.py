from django.core.paginator import Paginator
from blog.models import Blog
b = Blog.objects.get(pk=4)
p = Paginator(b.entry_set.order_by("-id"), 5)
page = p.page(2)
result = (p.count, [e.id for e in page], page.start_index(), page.end_index())
