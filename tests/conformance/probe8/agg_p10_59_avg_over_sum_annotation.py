from books.models import Author, Publisher, Book, Store
from django.db.models import Sum, Avg
result = Store.objects.annotate(total=Sum("books__price")).aggregate(Avg("total"))
