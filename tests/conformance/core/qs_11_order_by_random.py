# order_by('?') compiles to RANDOM().
from blog.models import Blog

result = (str(Blog.objects.order_by("?").query), len(list(Blog.objects.order_by("?"))))
