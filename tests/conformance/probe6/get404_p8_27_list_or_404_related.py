from django.shortcuts import get_list_or_404
from blog.models import Blog
b = Blog.objects.get(pk=2)
result = [e.pk for e in get_list_or_404(b.entry_set.order_by("-id"), rating__gte=1)]
