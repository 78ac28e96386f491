from django.shortcuts import get_list_or_404
from django.db.models import Exists, OuterRef
from django.http import Http404
from blog.models import Blog, Entry
lst = get_list_or_404(Blog.objects.order_by("id"), Exists(Entry.objects.filter(blog=OuterRef("pk"), rating=10)))
try:
    get_list_or_404(Blog, Exists(Entry.objects.filter(blog=OuterRef("pk"), rating=11)))
    miss = None
except Http404 as exc:
    miss = str(exc)
result = ([b.name for b in lst], miss)
