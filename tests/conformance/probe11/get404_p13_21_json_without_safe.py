# JsonResponse with a list and the default safe=True is a TypeError.
from django.http import JsonResponse
from books.models import Book

try:
    JsonResponse(list(Book.objects.values_list("id", flat=True)[:3]))
except TypeError as exc:
    result = str(exc)
