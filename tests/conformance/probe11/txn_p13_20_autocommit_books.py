# Without atomic(), each create() commits on its own.
from books.models import Publisher

Publisher.objects.create(name="Auto A")
Publisher.objects.create(name="Auto B")
Publisher.objects.filter(name="Auto A").update(name="Auto A2")
result = list(Publisher.objects.filter(name__startswith="Auto").order_by("id").values_list("name", flat=True))
