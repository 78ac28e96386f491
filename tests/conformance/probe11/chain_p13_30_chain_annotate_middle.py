# annotate() in the middle of a multi-line chain vs one line: same SQL, same result.
from django.db.models import Count
from books.models import Publisher

one = Publisher.objects.filter(book__rating__gte=4).annotate(n=Count("book")).filter(n__gte=2).order_by("-n", "name")
multi = (Publisher.objects
         .filter(book__rating__gte=4)
         .annotate(n=Count("book"))
         .filter(n__gte=2)
         .order_by("-n", "name"))
result = (str(one.query) == str(multi.query), list(multi.values_list("name", "n")))
