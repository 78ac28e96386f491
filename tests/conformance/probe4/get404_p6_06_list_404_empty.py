from django.shortcuts import get_list_or_404
from django.http import Http404
from blog.models import Entry
try:
    get_list_or_404(Entry, blog_id=5)
except Http404 as exc:
    result = str(exc)
