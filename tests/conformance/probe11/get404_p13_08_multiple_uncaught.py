# MultipleObjectsReturned left uncaught.
from books.models import Author

result = Author.objects.get(age__gt=40)
