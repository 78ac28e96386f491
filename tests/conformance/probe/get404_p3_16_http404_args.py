# Http404 with no message from get_object_or_404 vs a custom one.
from django.http import Http404
from django.shortcuts import get_object_or_404
from books.models import Publisher

try:
    get_object_or_404(Publisher, pk=99)
except Http404 as exc:
    a = (exc.args, isinstance(exc, Exception))
try:
    raise Http404("Publisher 99 is gone")
except Http404 as exc:
    b = exc.args
result = (a, b)
