from books.models import Book
total = sum(b.price for b in Book.objects.all())
result = (total, type(total).__name__)
