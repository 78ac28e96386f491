# repr() and module of DoesNotExist and Http404.
from django.http import Http404
from django.shortcuts import get_object_or_404
from books.models import Book

try:
    Book.objects.get(pk=404)
except Book.DoesNotExist as exc:
    a = (repr(exc), type(exc).__module__, Book.DoesNotExist.__mro__[1].__name__)
try:
    get_object_or_404(Book, pk=404)
except Http404 as exc:
    b = (repr(exc), type(exc).__module__, Http404.__mro__[1].__name__)
result = (a, b)
