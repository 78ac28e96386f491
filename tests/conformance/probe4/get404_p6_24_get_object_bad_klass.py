from django.shortcuts import get_object_or_404
try:
    get_object_or_404("Blog", pk=1)
except Exception as exc:
    result = (type(exc).__name__, str(exc))
