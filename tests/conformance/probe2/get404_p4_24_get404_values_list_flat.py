# get_object_or_404 with values_list(flat=True) returns the value.
from django.shortcuts import get_object_or_404
from blog.models import Blog

result = get_object_or_404(Blog.objects.values_list("name", flat=True), pk=3)
