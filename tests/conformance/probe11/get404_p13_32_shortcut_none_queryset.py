# get_object_or_404 on none(): Http404 with no query at all.
from django.http import Http404
from django.shortcuts import get_object_or_404
from books.models import Book

try:
    get_object_or_404(Book.objects.none(), pk=1)
except Http404 as exc:
    result = str(exc)
