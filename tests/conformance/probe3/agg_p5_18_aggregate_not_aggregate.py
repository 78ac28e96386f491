# aggregate() of a plain F is rejected.
from django.db.models import F
from books.models import Book

try:
    Book.objects.aggregate(x=F("pages"))
except Exception as e:
    result = (type(e).__name__, str(e))
