from books.models import Book
try:
    Book.objects.filter(price="abc").count()
    result = "ok"
except Exception as e:
    result = (type(e).__name__, str(e))
