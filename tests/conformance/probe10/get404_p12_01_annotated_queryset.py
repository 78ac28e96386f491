from django.shortcuts import get_object_or_404
from django.db.models import Count
from django.http import Http404
from blog.models import Blog
qs = Blog.objects.annotate(n=Count("entry"))
b = get_object_or_404(qs, pk=2)
try:
    get_object_or_404(qs, n__gt=100)
    missing = None
except Http404 as exc:
    missing = str(exc)
result = (b.name, b.n, missing)
