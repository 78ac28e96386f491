# select_related on books' publisher.
from books.models import Book

result = [(b.name, b.publisher.name) for b in Book.objects.select_related("publisher").filter(rating__gte=4.5).order_by("id")]
