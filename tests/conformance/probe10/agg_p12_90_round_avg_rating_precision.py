from django.db.models import Avg
from django.db.models.functions import Round
from books.models import Book, Publisher
qs = Publisher.objects.annotate(r=Round(Avg("book__rating"), 2), p=Round(Avg("book__price"), 1)).order_by("id")
result = ([(p.name, p.r, type(p.r).__name__, p.p, type(p.p).__name__) for p in qs], str(qs.query))
