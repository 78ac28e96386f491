# get_list_or_404 with a manager and kwargs; an empty one raises Http404.
from django.shortcuts import get_list_or_404
from django.http import Http404
from books.models import Book

found = get_list_or_404(Book.objects.order_by("-price"), rating=5.0)
try:
    get_list_or_404(Book, rating=1.0)
    missing = "found?!"
except Http404 as exc:
    missing = str(exc)
result = ([b.name for b in found], missing)
