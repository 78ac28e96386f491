# filter() with a Case expression compared to a value.
from django.db.models import Case, IntegerField, Value, When
from books.models import Book

qs = Book.objects.annotate(tier=Case(When(price__lt=30, then=Value(1)), When(price__lt=60, then=Value(2)), default=Value(3), output_field=IntegerField())).filter(tier=2).order_by("pk")
result = ([b.pk for b in qs], str(qs.query))
