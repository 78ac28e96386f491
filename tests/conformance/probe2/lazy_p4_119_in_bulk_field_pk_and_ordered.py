# in_bulk(field_name='pk') and in_bulk on an ordered QuerySet.
from blog.models import Blog

a = Blog.objects.in_bulk([1, 2], field_name="pk")
b = Blog.objects.order_by("-name").in_bulk()
result = (sorted(a), list(b))
