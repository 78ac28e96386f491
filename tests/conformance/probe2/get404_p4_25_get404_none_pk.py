# get_object_or_404(pk=None): no row, a 404.
from django.http import Http404
from django.shortcuts import get_object_or_404
from blog.models import Blog

try:
    get_object_or_404(Blog, pk=None)
    result = "found"
except Http404 as exc:
    result = str(exc)
