from books.models import Book
qs = Book.objects.filter(pubdate__year__gte=2015, price__lt=50).order_by("price")
result = (str(qs.query), list(qs.values_list("name", "price")))
