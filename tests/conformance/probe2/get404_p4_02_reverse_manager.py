# get_object_or_404 with a reverse FK manager: filters by the blog.
from django.http import Http404
from django.shortcuts import get_object_or_404
from blog.models import Blog, Entry

b = Blog.objects.get(pk=1)
e = Entry.objects.exclude(blog=b).first()
try:
    get_object_or_404(b.entry_set, pk=e.pk)
    result = "found"
except Http404 as exc:
    result = str(exc)
