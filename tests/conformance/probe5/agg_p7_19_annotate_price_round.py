from django.db.models.functions import Round
from books.models import Book
r = list(Book.objects.annotate(r=Round("price")).order_by("id").values_list("r", flat=True)[:3])
result = [repr(v) for v in r]
