from books.models import Author, Publisher, Book, Store
from django.db.models import Sum, Case, When, Value, IntegerField
qs = Book.objects.annotate(old=Sum(Case(When(authors__age__gt=45, then=Value(1)), default=Value(0), output_field=IntegerField()))).order_by("id")
result = (str(qs.query), [(b.id, b.old) for b in qs])
