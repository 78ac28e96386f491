# get_list_or_404 with nothing found: Http404's message names the model.
from django.http import Http404
from django.shortcuts import get_list_or_404
from blog.models import Entry

try:
    get_list_or_404(Entry, rating__gt=100)
    msg = "found"
except Http404 as exc:
    msg = str(exc)
result = msg
