# Case without default gives None.
from django.db.models import Case, Value, When
from books.models import Book

result = list(Book.objects.annotate(x=Case(When(pages__gt=900, then=Value("huge")))).order_by("pk").values_list("x", flat=True))
