# get_object_or_404 with a values() QuerySet returns a dict.
from django.shortcuts import get_object_or_404
from blog.models import Entry

result = get_object_or_404(Entry.objects.values("id", "headline"), pk=4)
