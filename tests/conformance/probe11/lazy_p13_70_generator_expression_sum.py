# A generator expression over a QuerySet: one query; the QuerySet caches, the generator is spent.
from books.models import Book

qs = Book.objects.filter(publisher_id=2)
gen = (b.pages for b in qs)
total = sum(gen)
again = sum(gen)
result = (total, again, sum(b.pages for b in qs))
