from books.models import Author, Publisher, Book, Store
from django.db.models import Prefetch
qs = Publisher.objects.prefetch_related(Prefetch("book_set", queryset=Book.objects.filter(rating__gte=4.5).order_by("id"), to_attr="good")).order_by("id")
result = [(p.name, [b.id for b in p.good]) for p in qs]
