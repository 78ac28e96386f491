# values_list after filter/exclude/order_by with a slice.
from books.models import Book

result = list(Book.objects.filter(publisher__name="Apress").exclude(pages__lt=400).order_by("-price").values_list("name", "price"))
