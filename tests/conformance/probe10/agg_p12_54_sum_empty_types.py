from django.db.models import Sum, Avg, Count, Min
from books.models import Book
empty = Book.objects.filter(pk__in=[])
none_ = Book.objects.filter(pages__lt=0)
result = (none_.aggregate(Sum("price"), Avg("rating"), Count("id"), Min("pubdate")), empty.aggregate(s=Sum("pages", default=0)))
