# get_object_or_404 on a values() queryset returns a dict.
from django.shortcuts import get_object_or_404
from books.models import Book

result = get_object_or_404(Book.objects.values("id", "name"), pk=6)
