from blog.models import Blog
qs = Blog.objects.order_by("id")
a = [b.id for b in qs.iterator()]
b = [b.id for b in qs.iterator(chunk_size=2)]
result = (a, b, qs._result_cache)
