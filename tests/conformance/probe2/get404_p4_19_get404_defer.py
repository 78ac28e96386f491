# get_object_or_404 with a deferred QuerySet.
from django.shortcuts import get_object_or_404
from blog.models import Entry

e = get_object_or_404(Entry.objects.only("headline"), pk=9)
result = (sorted(e.get_deferred_fields())[:3], e.rating)
