from books.models import Book
result = list(Book.objects.order_by("-publisher__name", "price").values_list("id", flat=True))
