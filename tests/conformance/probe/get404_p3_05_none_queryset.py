# get_object_or_404 on none(): Http404 without touching the database.
from django.http import Http404
from django.shortcuts import get_object_or_404
from blog.models import Entry

try:
    get_object_or_404(Entry.objects.none(), pk=1)
    msg = "found"
except Http404 as exc:
    msg = str(exc)
result = msg
