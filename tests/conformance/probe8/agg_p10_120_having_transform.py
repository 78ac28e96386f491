from books.models import Author, Publisher, Book, Store
from django.db.models import Min
qs = Store.objects.annotate(mn=Min("books__pubdate")).filter(mn__year__lt=2000).order_by("id")
result = (str(qs.query), [(s.id, s.mn) for s in qs])
