# values_list(flat=True) over annotate.
from django.db.models import Max
from books.models import Publisher

qs = Publisher.objects.annotate(m=Max("book__price")).order_by("pk").values_list("m", flat=True)
result = list(qs)
