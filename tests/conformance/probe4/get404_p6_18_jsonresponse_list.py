from django.http import JsonResponse
from books.models import Book
try:
    JsonResponse(list(Book.objects.values_list("id", flat=True)[:3]))
except TypeError as exc:
    r = JsonResponse(list(Book.objects.order_by("id").values_list("id", flat=True)[:3]), safe=False)
    result = (str(exc), r.content)
