from django.http import Http404
from django.shortcuts import get_object_or_404
from books.models import Book

def view(request, pk):
    try:
        book = get_object_or_404(Book, pk=pk)
    except Http404:
        return None
    return book.name
result = (view(None, 1), view(None, 100))
