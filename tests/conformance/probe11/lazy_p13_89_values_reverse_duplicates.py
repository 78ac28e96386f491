# values() across a reverse fk gives one row per related row (and None for none).
from books.models import Publisher

result = list(Publisher.objects.filter(pk__in=[2]).order_by("book__id").values("name", "book__id"))
