from django.core.paginator import Paginator
from blog.models import Blog
p = Paginator(Blog.objects.order_by("id").values_list("name", flat=True), 2)
result = [(page.number, list(page)) for page in p]
