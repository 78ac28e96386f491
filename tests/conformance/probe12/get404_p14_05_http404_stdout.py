# Http404 caught and written with sys.stdout.write.
import sys
from django.http import Http404
from django.shortcuts import get_object_or_404
from books.models import Book

try:
    get_object_or_404(Book, name="No Such Book")
except Http404 as exc:
    n = sys.stdout.write(str(exc) + "\n")
result = n
