# Named aggregates on a filtered books QuerySet: Decimal Avg/Max of price, float Avg of rating.
from django.db.models import Avg, Count, Max, Min
from books.models import Book

result = Book.objects.filter(publisher_id=3).aggregate(avg_price=Avg("price"), top=Max("price"),
                                                       low=Min("pubdate"), n=Count("*"), r=Avg("rating"))
