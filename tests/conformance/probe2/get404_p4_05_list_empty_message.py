# get_list_or_404 on an empty result: Http404 with the model's name.
from django.http import Http404
from django.shortcuts import get_list_or_404
from books.models import Book

try:
    get_list_or_404(Book, pages__gt=100000)
    result = "ok"
except Http404 as exc:
    result = (str(exc), exc.args)
