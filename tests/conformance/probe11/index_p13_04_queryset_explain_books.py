# QuerySet.explain() for an unindexed filter, a fk filter and an ordered filter.
from books.models import Book

result = (Book.objects.filter(rating=4.0).explain(),
          Book.objects.filter(publisher_id=2).explain(),
          Book.objects.filter(publisher_id=2).order_by("name").explain())
