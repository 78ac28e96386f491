# .ordered for unordered, order_by(), Meta-less models, annotate() and values().
from django.db.models import Count
from books.models import Book

result = (Book.objects.all().ordered, Book.objects.order_by("name").ordered,
          Book.objects.annotate(n=Count("authors")).ordered, Book.objects.order_by("name").values("id").ordered,
          Book.objects.none().ordered)
