from books.models import Author, Publisher, Book, Store
from django.db.models import Count, F
from django.db.models.functions import ExtractYear
r = Book.objects.aggregate(y=Count(ExtractYear("pubdate"), distinct=True), pubs=Count(F("publisher__name"), distinct=True))
result = r
