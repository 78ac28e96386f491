# F(int) + F(decimal) needs output_field.
from django.db.models import F
from books.models import Book

try:
    list(Book.objects.annotate(x=F("pages") + F("price")))
except Exception as e:
    result = (type(e).__name__, str(e))
