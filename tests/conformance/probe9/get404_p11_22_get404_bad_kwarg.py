from django.shortcuts import get_object_or_404
from blog.models import Entry
try:
    get_object_or_404(Entry, title="x")
except Exception as exc:
    result = (type(exc).__name__, str(exc))
