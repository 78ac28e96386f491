from books.models import Author, Publisher, Book, Store
qs = Author.objects.exclude(book__publisher__name="Apress", book__rating__gt=4).order_by("id")
qs2 = Author.objects.exclude(book__publisher__name="Apress").exclude(book__rating__gt=4).order_by("id")
result = (str(qs.query), [a.id for a in qs], str(qs2.query), [a.id for a in qs2])
