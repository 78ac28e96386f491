# aggregate() referring to an alias() that is not selected.
from django.db.models import Count, Max
from books.models import Author

result = Author.objects.alias(n=Count("book")).aggregate(mx=Max("n"))
