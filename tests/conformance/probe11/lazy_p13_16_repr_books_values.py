# repr() of a values_list() QuerySet: LIMIT 21, tuples shown.
from books.models import Book

result = repr(Book.objects.filter(publisher_id=2).order_by("id").values_list("id", "price"))
