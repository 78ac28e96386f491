# Aggregation docs: books per publisher, average rating.
from django.db.models import Avg, Count
from books.models import Publisher

result = list(Publisher.objects.annotate(num_books=Count("book"), avg_rating=Avg("book__rating"))
              .order_by("-num_books", "id").values_list("name", "num_books", "avg_rating"))
