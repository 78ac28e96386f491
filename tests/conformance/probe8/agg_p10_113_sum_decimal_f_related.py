from books.models import Author, Publisher, Book, Store
from django.db.models import Sum, F, DecimalField, ExpressionWrapper
qs = Publisher.objects.annotate(v=Sum(ExpressionWrapper(F("book__price") * F("book__pages"), output_field=DecimalField(max_digits=12, decimal_places=2)))).order_by("id")
result = (str(qs.query), [(x.id, str(x.v)) for x in qs])
