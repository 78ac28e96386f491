# annotate() then values(): GROUP BY stays on the model's columns, values picks fields.
from django.db.models import Count
from books.models import Publisher

qs = Publisher.objects.annotate(n=Count("book")).values("name", "n").order_by("name")
result = (list(qs), str(qs.query))
