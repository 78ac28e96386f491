# values('pk') and values_list('pk') keep the 'pk' name.
from blog.models import Blog

result = (list(Blog.objects.values("pk", "name")[:2]), list(Blog.objects.values_list("pk", flat=True)[:2]))
