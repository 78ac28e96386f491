# ordering by a Case expression.
from django.db.models import Case, IntegerField, Value, When
from books.models import Publisher

qs = Publisher.objects.order_by(Case(When(name__startswith="P", then=Value(0)), default=Value(1), output_field=IntegerField()), "name")
result = ([p.name for p in qs], str(qs.query))
