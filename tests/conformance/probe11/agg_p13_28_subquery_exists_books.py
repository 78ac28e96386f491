# Publishers that have a 5-star book, and each publisher's most expensive book.
from django.db.models import Exists, OuterRef, Subquery
from books.models import Book, Publisher

five = Book.objects.filter(publisher=OuterRef("pk"), rating=5.0)
priciest = Book.objects.filter(publisher=OuterRef("pk")).order_by("-price", "id")
qs = Publisher.objects.annotate(has_five=Exists(five), top=Subquery(priciest.values("name")[:1])).order_by("id")
result = list(qs.values_list("name", "has_five", "top"))
