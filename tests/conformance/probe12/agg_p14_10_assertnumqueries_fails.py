# assertNumQueries with the wrong number raises AssertionError.
from django.test import TestCase
from books.models import Book

tc = TestCase()
try:
    with tc.assertNumQueries(1):
        Book.objects.count()
        Book.objects.exists()
except AssertionError as exc:
    result = str(exc).splitlines()[0]
