# Deleting a publisher cascades to books, their authors links and store links.
from books.models import Publisher

result = Publisher.objects.filter(pk=1).delete()
