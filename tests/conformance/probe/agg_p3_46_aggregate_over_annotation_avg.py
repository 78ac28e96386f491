# aggregate(Avg) of a Count annotation (subquery).
from django.db.models import Avg, Count
from books.models import Publisher

result = Publisher.objects.annotate(n=Count("book")).aggregate(avg_books=Avg("n"))
