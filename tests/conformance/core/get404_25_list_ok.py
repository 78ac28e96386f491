# get_list_or_404 returns a list (not a QuerySet).
from django.shortcuts import get_list_or_404
from books.models import Book

r = get_list_or_404(Book, publisher__name="Sams")
result = (type(r).__name__, sorted(b.id for b in r))
