from books.models import Author, Publisher, Book, Store
from django.db.models import Exists, OuterRef
qs = Publisher.objects.annotate(has_old=Exists(Book.objects.filter(publisher=OuterRef("pk"), authors__age__gte=52))).values("name", "has_old").order_by("name")
result = (str(qs.query), list(qs))
