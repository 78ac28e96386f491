from books.models import Book
print(Book.objects.values("name", "price").order_by("id")[:2])
print(Book.objects.values_list("price", flat=True).order_by("id")[:3])
