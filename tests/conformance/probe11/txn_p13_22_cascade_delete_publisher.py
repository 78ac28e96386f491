# Deleting a publisher cascades to its books and their m2m rows.
from books.models import Publisher

result = Publisher.objects.get(pk=2).delete()
