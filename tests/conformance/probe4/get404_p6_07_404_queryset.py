from django.shortcuts import get_object_or_404
from django.http import Http404
from blog.models import Entry
try:
    get_object_or_404(Entry.objects.filter(rating=10), pk=2)
except Http404 as exc:
    result = str(exc)
