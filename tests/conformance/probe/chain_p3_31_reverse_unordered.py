# reverse() on an unordered QuerySet does nothing; first() of it orders by pk.
from blog.models import Blog

qs = Blog.objects.reverse()
result = (qs.ordered, qs.first().id, Blog.objects.order_by("id").reverse().first().id)
