from books.models import Author, Publisher, Book, Store
b = Book(name="x", pages=1, price=1, rating=1, publisher_id=1, pubdate="2020-01-01")
try:
    b.authors.all()
    r = "ok"
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
