# iterator() over values_list(flat=True).
from blog.models import Blog

result = list(Blog.objects.order_by("id").values_list("name", flat=True).iterator())
