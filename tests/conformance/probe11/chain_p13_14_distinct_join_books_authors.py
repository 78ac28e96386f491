# Filtering books through their authors duplicates a book per matching author; distinct() fixes it.
from books.models import Book

dup = list(Book.objects.filter(authors__age__lt=50).order_by("id").values_list("id", flat=True))
uniq = list(Book.objects.filter(authors__age__lt=50).distinct().order_by("id").values_list("id", flat=True))
result = (dup, uniq, len(dup) - len(uniq))
