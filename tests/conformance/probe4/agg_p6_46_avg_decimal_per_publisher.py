from django.db.models import Avg
from books.models import Publisher
result = list(Publisher.objects.annotate(avg=Avg("book__price")).order_by("id").values_list("name", "avg"))
