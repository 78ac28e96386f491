# Count with filter=Q per publisher.
from django.db.models import Count, Q
from books.models import Publisher

qs = Publisher.objects.annotate(cheap=Count("book", filter=Q(book__price__lt=30)),
                                good=Count("book", filter=Q(book__rating__gte=4.5))).order_by("id")
result = (list(qs.values_list("name", "cheap", "good")), str(qs.query))
