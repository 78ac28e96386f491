# Min/Max of dates per publisher.
from django.db.models import Max, Min
from books.models import Publisher

result = list(Publisher.objects.annotate(oldest=Min("book__pubdate"), newest=Max("book__pubdate"))
              .order_by("name").values_list("name", "oldest", "newest"))
