from books.models import Author, Publisher, Book, Store
from django.db.models import Sum, Count
qs = Publisher.objects.annotate(total=Sum("book__price"), n=Count("book__authors")).order_by("id")
result = (str(qs.query), [(x.name, x.total, x.n) for x in qs])
