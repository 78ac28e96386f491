from books.models import Author, Publisher, Book, Store
from django.db.models import Max
qs = Publisher.objects.annotate(oldest=Max("book__authors__age")).order_by("-oldest", "id")
result = (str(qs.query), [(x.name, x.oldest) for x in qs])
