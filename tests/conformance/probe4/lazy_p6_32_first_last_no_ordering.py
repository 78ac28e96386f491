from books.models import Book
result = (Book.objects.first().name, Book.objects.last().name, Book.objects.order_by("price").first().name)
