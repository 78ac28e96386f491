# An uncaught Http404 from get_object_or_404.
from django.shortcuts import get_object_or_404
from books.models import Publisher

result = get_object_or_404(Publisher, pk=42)
