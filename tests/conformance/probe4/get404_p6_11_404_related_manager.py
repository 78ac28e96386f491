from django.shortcuts import get_object_or_404
from blog.models import Blog
b = Blog.objects.get(pk=2)
e = get_object_or_404(b.entry_set, pk=1)
result = (e.id, e.blog_id)
