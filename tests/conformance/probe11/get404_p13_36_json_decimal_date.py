# JsonResponse serialises Decimal and date through DjangoJSONEncoder.
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from books.models import Book

b = get_object_or_404(Book, pk=3)
r = JsonResponse({"price": b.price, "pubdate": b.pubdate, "rating": b.rating})
result = (r.status_code, r.content)
