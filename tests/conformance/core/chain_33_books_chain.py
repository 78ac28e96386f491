# A books chain across the publisher FK and the authors M2M.
from books.models import Book

result = list(Book.objects.filter(publisher__name="Prentice Hall", authors__age__gt=45).distinct().order_by("name").values_list("name", flat=True))
