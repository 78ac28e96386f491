# HttpResponseNotFound and Http404 converted by hand.
from django.http import Http404, HttpResponseNotFound
from django.shortcuts import get_object_or_404
from django.test import RequestFactory
from books.models import Book


def view(request, pk):
    try:
        book = get_object_or_404(Book, pk=pk)
    except Http404 as exc:
        return HttpResponseNotFound(str(exc))
    return HttpResponseNotFound("never")


resp = view(RequestFactory().get("/b/99/"), 99)
result = (resp.status_code, resp.content)
