from django.core.paginator import Paginator
from blog.models import Blog
p = Paginator(Blog.objects.order_by("name"), 2)
page = p.page(1)
result = (page.next_page_number(), page.has_other_pages(), len(page), page[0], page[0:1], page.object_list.query.__str__(), page.paginator is p)
