from django.db.models.functions import Mod
from books.models import Book
b = Book.objects.annotate(m=Mod("price", 7), m2=Mod("pages", "rating")).get(pk=2)
result = (b.m, type(b.m).__name__, b.m2, type(b.m2).__name__)
