# ExtractHour on a DateField is an error.
from django.db.models.functions import ExtractHour
from books.models import Book

try:
    list(Book.objects.annotate(h=ExtractHour("pubdate")))
except Exception as e:
    result = (type(e).__name__, str(e))
