# Upper, Length, Concat and Coalesce on books.
from django.db.models import Sum, Value, CharField
from django.db.models.functions import Upper, Length, Concat, Coalesce
from books.models import Book

rows = list(Book.objects.annotate(u=Upper("name"), n=Length("name"),
                                  label=Concat("name", Value(" ("), "pages", Value(")"), output_field=CharField()))
            .order_by("n", "id").values_list("u", "n", "label")[:2])
empty = Book.objects.filter(pages__gt=5000).aggregate(s=Coalesce(Sum("pages"), 0))
result = (rows, empty)
