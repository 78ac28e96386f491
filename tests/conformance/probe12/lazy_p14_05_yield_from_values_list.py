# yield from a values_list(flat=True) queryset.
from blog.models import Blog

def names():
    yield "start"
    yield from Blog.objects.order_by("name").values_list("name", flat=True)
    yield "end"

result = list(names())
