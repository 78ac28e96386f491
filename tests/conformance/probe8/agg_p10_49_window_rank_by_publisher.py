from books.models import Author, Publisher, Book, Store
from django.db.models import F, Window
from django.db.models.functions import Rank
qs = Book.objects.annotate(r=Window(Rank(), partition_by=F("publisher"), order_by=F("price").desc())).order_by("publisher_id", "r", "id")
result = (str(qs.query), [(b.id, b.publisher_id, b.r) for b in qs])
