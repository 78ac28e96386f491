# get_list_or_404 with an M2M related manager.
from django.shortcuts import get_list_or_404
from blog.models import Entry

e = Entry.objects.get(pk=1)
result = sorted(a.name for a in get_list_or_404(e.authors))
