# get_list_or_404 with a related manager and an empty match.
from django.shortcuts import get_list_or_404
from blog.models import Blog

b = Blog.objects.get(pk=3)
result = get_list_or_404(b.entry_set, rating=11)
