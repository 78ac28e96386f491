# get_object_or_404 with a numeric string pk (as a URL would give).
from django.shortcuts import get_object_or_404
from blog.models import Entry

result = get_object_or_404(Entry, pk="12")
