# get() on values_list() returns a tuple; on flat=True the value.
from books.models import Book

result = (Book.objects.values_list("name", "pages").get(pk=4),
          Book.objects.values_list("pages", flat=True).get(pk=4),
          Book.objects.values("price").get(pk=4))
