# An expression combining two aggregates in aggregate().
from django.db.models import Max, Min, Avg
from books.models import Book

result = Book.objects.aggregate(spread=Max("price") - Min("price"), ratio=Max("pages") / Min("pages"),
                                avg2=Avg("rating") * 2)
