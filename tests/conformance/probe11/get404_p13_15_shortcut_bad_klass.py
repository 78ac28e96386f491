# get_object_or_404 with something that is not a model, manager or queryset.
from django.shortcuts import get_object_or_404

try:
    get_object_or_404("Book", pk=1)
except ValueError as exc:
    result = str(exc)
