# Iterating values_list pairs.
from books.models import Book

result = [(n, p) for n, p in Book.objects.filter(pages__gt=800).order_by("-pages").values_list("name", "pages")]
