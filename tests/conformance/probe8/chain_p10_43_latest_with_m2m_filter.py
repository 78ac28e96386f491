from books.models import Author, Publisher, Book, Store
b = Book.objects.filter(authors__name__startswith="J").latest("pubdate")
e = Book.objects.filter(store__name="Corner Shop").earliest("pubdate", "id")
result = (b.id, e.id)
