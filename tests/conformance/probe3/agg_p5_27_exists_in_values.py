# Exists annotation used in values() and order_by().
from django.db.models import Exists, OuterRef
from books.models import Book, Store

expensive = Store.books.through.objects.filter(store=OuterRef("pk"), book__price__gt=70)
qs = Store.objects.annotate(has=Exists(expensive)).values("name", "has").order_by("-has", "name")
result = list(qs)
