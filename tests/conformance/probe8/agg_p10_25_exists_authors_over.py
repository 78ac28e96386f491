from books.models import Author, Publisher, Book, Store
from django.db.models import Exists, OuterRef
old = Author.objects.filter(book=OuterRef("pk"), age__gte=50)
qs = Book.objects.annotate(has_old=Exists(old)).order_by("id")
result = (str(qs.query), [(b.id, b.has_old) for b in qs])
