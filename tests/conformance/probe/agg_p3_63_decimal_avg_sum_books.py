# Sum/Avg/Max of price per publisher (Decimal), ordered by total.
from django.db.models import Avg, Max, Sum
from books.models import Publisher

qs = Publisher.objects.annotate(total=Sum("book__price"), avg=Avg("book__price"), top=Max("book__price")).order_by("-total")
result = [(p.name, p.total, p.avg, p.top) for p in qs]
