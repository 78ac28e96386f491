from django.shortcuts import get_object_or_404
from django.http import Http404
from blog.models import Entry
from django.db import connection
try:
    get_object_or_404(Entry.objects.filter(rating__gte=9), pk=2)
except Http404 as exc:
    result = (str(exc), connection.queries[-1]["sql"])
