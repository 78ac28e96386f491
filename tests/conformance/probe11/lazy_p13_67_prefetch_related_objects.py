# prefetch_related_objects() on a list of instances: one query for all their publishers.
from django.db.models import prefetch_related_objects
from books.models import Book

books = list(Book.objects.filter(id__lte=4).order_by("id"))
prefetch_related_objects(books, "publisher")
result = [b.publisher.name for b in books]
