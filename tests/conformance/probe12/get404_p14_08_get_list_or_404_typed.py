# get_list_or_404 in a typed helper; the empty case.
from typing import List
from django.http import Http404
from django.shortcuts import get_list_or_404
from blog.models import Entry

def entries_of(blog_id: int) -> List[str]:
    return [e.headline for e in get_list_or_404(Entry.objects.order_by("pk"), blog_id=blog_id)][:2]

try:
    entries_of(5)
except Http404 as exc:
    err = str(exc)
result = (entries_of(4), err)
