from django.shortcuts import get_object_or_404
from django.http import Http404
from blog.models import Entry
from django.db import connection
e = Entry.objects.get(pk=4)
try:
    a = get_object_or_404(e.authors, name="Nobody Special")
    result = a.name
except Http404 as exc:
    result = (str(exc), connection.queries[-1]["sql"])
