# aggregate() over an annotation computed by annotate().
from django.db.models import Avg, Count, Max
from books.models import Publisher

result = Publisher.objects.annotate(n=Count("book")).aggregate(avg=Avg("n"), mx=Max("n"))
