# aggregate() of a complex expression without an alias is an error.
from django.db.models import Max, Min
from books.models import Book

try:
    Book.objects.aggregate(Max("pages") - Min("pages"))
except Exception as e:
    result = (type(e).__name__, str(e))
