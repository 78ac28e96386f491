from django.http import JsonResponse
from books.models import Book
r = JsonResponse({"books": list(Book.objects.order_by("id").values("name", "price", "pubdate")[:2])})
result = r.content
