# order by the aggregate descending, then name.
from django.db.models import Count
from books.models import Author

qs = Author.objects.annotate(n=Count("book")).order_by("-n", "name")
result = ([(a.name, a.n) for a in qs], str(qs.query))
