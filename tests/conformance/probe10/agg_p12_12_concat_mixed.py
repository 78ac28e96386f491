from django.db.models import Value, CharField
from django.db.models.functions import Concat
from books.models import Book
qs = Book.objects.annotate(label=Concat("name", Value(" ("), "pages", Value(" pages)"), output_field=CharField())).order_by("id")[:2]
result = [b.label for b in qs]
print(qs.query)
