from django.db.models import Value
from django.db.models.functions import Concat
from books.models import Book
try:
    result = list(Book.objects.annotate(label=Concat("name", Value(" - "), "price")).values_list("label", flat=True)[:2])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
