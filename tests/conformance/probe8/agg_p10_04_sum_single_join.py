from books.models import Author, Publisher, Book, Store
from django.db.models import Sum
qs = Publisher.objects.annotate(total=Sum("book__price")).order_by("id")
result = (str(qs.query), [(x.name, x.total) for x in qs])
