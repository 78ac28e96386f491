from django.shortcuts import get_object_or_404
from django.http import Http404
from books.models import Book, Publisher
out = []
for model, pk in [(Book, 99), (Publisher, 42)]:
    try:
        get_object_or_404(model, pk=pk)
    except Http404 as exc:
        out.append(str(exc))
result = out
