# get_object_or_404 with a manager and with a related manager.
from django.shortcuts import get_object_or_404
from django.http import Http404
from blog.models import Blog

blog = Blog.objects.get(pk=4)
found = get_object_or_404(blog.entry_set, headline__endswith="(14)")
try:
    get_object_or_404(blog.entry_set, pk=1)
    missing = "found?!"
except Http404 as exc:
    missing = str(exc)
result = (found.id, missing)
