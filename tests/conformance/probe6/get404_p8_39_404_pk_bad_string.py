from django.shortcuts import get_object_or_404
from blog.models import Entry
get_object_or_404(Entry, pk="abc")
