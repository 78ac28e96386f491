# get_object_or_404 on a filtered QuerySet with no kwargs.
from django.http import Http404
from django.shortcuts import get_object_or_404
from blog.models import Blog

out = [get_object_or_404(Blog.objects.filter(pk=4)).name]
try:
    get_object_or_404(Blog.objects.filter(pk__gt=100))
except Http404 as exc:
    out.append(str(exc))
result = out
