from books.models import Author, Publisher, Book, Store
from django.db.models import Count, Q
qs = Author.objects.annotate(ap=Count("book", filter=Q(book__publisher__name="Apress")), st=Count("book__store")).order_by("id")
result = (str(qs.query), [(a.id, a.ap, a.st) for a in qs])
