# nested OuterRef(OuterRef(...)).
from django.db.models import Exists, OuterRef
from books.models import Author, Book, Publisher

inner = Author.objects.filter(book=OuterRef("pk"), age__gt=OuterRef(OuterRef("min_age")))
books = Book.objects.filter(publisher=OuterRef("pk")).filter(Exists(inner))
from django.db.models import Value
qs = Publisher.objects.annotate(min_age=Value(40)).annotate(has=Exists(books)).order_by("pk")
result = ([(p.name, p.has) for p in qs], str(qs.query))
