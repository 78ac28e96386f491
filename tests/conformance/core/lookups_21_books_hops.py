# Store -> Book -> Author (two M2Ms).
from books.models import Store

result = list(Store.objects.filter(books__authors__age__gte=50).distinct().order_by("id").values_list("name", flat=True))
