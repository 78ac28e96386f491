# A JSON view over books; Http404 turned into a JsonResponse with status 404 by hand.
from django.shortcuts import get_object_or_404
from django.http import Http404, JsonResponse
from django.test import RequestFactory
from books.models import Book


def book_detail(request, pk):
    book = get_object_or_404(Book, pk=pk)
    return JsonResponse({"name": book.name, "price": str(book.price), "publisher": book.publisher.name})


rf = RequestFactory()
out = []
for pk in (2, 77):
    try:
        resp = book_detail(rf.get(f"/books/{pk}/"), pk)
    except Http404 as exc:
        resp = JsonResponse({"error": str(exc)}, status=404)
    out.append((resp.status_code, resp["Content-Type"], resp.content))
result = out
