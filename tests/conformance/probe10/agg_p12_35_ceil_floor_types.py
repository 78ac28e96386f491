from django.db.models.functions import Ceil, Floor
from books.models import Book
b = Book.objects.annotate(c=Ceil("price"), f=Floor("price"), cr=Ceil("rating"), fp=Floor("pages")).get(pk=2)
result = [(v, type(v).__name__) for v in (b.c, b.f, b.cr, b.fp)]
