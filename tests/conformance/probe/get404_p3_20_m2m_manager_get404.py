# get_object_or_404 with a M2M related manager.
from django.http import Http404
from django.shortcuts import get_object_or_404
from blog.models import Entry

e = Entry.objects.get(pk=1)
out = []
for name in ("Joe", "Nobody Special"):
    try:
        out.append(get_object_or_404(e.authors, name=name).id)
    except Http404 as exc:
        out.append(str(exc))
result = out
