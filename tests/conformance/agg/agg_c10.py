# Q objects combined with ~ inside Count(filter=), and Sum over a related DecimalField per publisher.
from django.db.models import Count, Q, Sum, Avg
from books.models import Publisher, Book
a = list(Publisher.objects.annotate(cheap=Count("book", filter=~Q(book__price__gt=40))).order_by("id").values_list("id", "cheap"))
b = Book.objects.filter(publisher__name__startswith="A").aggregate(Sum("price"), r=Avg("rating"))
result = (a, b)
