from books.models import Author, Publisher, Book, Store
from django.db.models import Sum, Count
result = (Book.objects.filter(authors__age__lt=40).aggregate(s=Sum("price"), n=Count("id")),
          Book.objects.filter(authors__age__lt=40).distinct().aggregate(s=Sum("price"), n=Count("id")))
