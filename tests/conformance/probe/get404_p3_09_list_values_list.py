# get_list_or_404 with a values_list QuerySet returns a list of tuples.
from django.shortcuts import get_list_or_404
from blog.models import Blog

result = get_list_or_404(Blog.objects.values_list("id", "name").order_by("id"), id__lte=2)
