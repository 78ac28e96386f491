# JsonResponse encodes dates and Decimals with DjangoJSONEncoder.
from django.http import JsonResponse
from books.models import Book

b = Book.objects.get(pk=1)
r = JsonResponse({"name": b.name, "price": b.price, "pubdate": b.pubdate, "rating": b.rating})
result = r.content
