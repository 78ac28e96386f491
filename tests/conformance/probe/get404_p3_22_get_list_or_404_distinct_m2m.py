# get_list_or_404 on a distinct M2M query.
from django.shortcuts import get_list_or_404
from blog.models import Blog

result = [b.id for b in get_list_or_404(Blog.objects.distinct().order_by("id"), entry__authors__name="Joe")]
