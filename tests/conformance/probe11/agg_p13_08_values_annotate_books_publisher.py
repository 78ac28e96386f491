# values('publisher__name').annotate(...) groups books per publisher.
from django.db.models import Avg, Count, Sum
from books.models import Book

result = list(Book.objects.values("publisher__name").annotate(n=Count("id"), pages=Sum("pages"),
                                                              avg=Avg("rating")).order_by("publisher__name"))
