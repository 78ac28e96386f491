# A Subquery selecting two columns is refused.
from django.db.models import OuterRef, Subquery
from books.models import Book, Publisher

try:
    list(Publisher.objects.annotate(b=Subquery(Book.objects.filter(publisher=OuterRef("pk")).values("name", "price")[:1])))
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
