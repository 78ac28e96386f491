# get_object_or_404 with a related manager restricts to that blog.
from django.shortcuts import get_object_or_404
from django.http import Http404
from blog.models import Blog

b = Blog.objects.get(pk=4)
found = get_object_or_404(b.entry_set, pk=4)
try:
    get_object_or_404(b.entry_set, pk=1)
except Http404 as exc:
    missing = str(exc)
result = (found, missing)
