from django.http import JsonResponse
from books.models import Book
b = Book.objects.order_by("id").first()
r = JsonResponse({"name": b.name, "price": b.price, "pubdate": b.pubdate, "rating": b.rating})
result = r.content
