# get_list_or_404 with a sliced QuerySet and a filter kwarg: the filter is refused.
from django.shortcuts import get_list_or_404
from blog.models import Entry

out = [len(get_list_or_404(Entry.objects.order_by("id")[:3]))]
try:
    get_list_or_404(Entry.objects.order_by("id")[:3], rating=5)
except TypeError as exc:
    out.append(str(exc))
result = out
