# aggregate() over a distinct() queryset joined across m2m.
from django.db.models import Sum, Count
from books.models import Book

a = Book.objects.filter(authors__age__gt=40).aggregate(s=Sum("pages"), n=Count("id"))
b = Book.objects.filter(authors__age__gt=40).distinct().aggregate(s=Sum("pages"), n=Count("id"))
result = (a, b)
