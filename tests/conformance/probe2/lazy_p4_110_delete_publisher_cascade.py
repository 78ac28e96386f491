# Deleting a publisher cascades to books and their M2M rows.
from books.models import Publisher

result = Publisher.objects.get(pk=1).delete()
