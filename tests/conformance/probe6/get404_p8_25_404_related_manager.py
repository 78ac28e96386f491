from django.shortcuts import get_object_or_404
from django.http import Http404
from blog.models import Blog
b = Blog.objects.get(pk=1)
e = get_object_or_404(b.entry_set, pk=3)
try:
    get_object_or_404(b.entry_set, pk=1)
except Http404 as exc:
    miss = str(exc)
result = (e, miss)
