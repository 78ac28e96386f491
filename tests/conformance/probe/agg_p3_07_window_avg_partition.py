# Avg over a partition (no ordering) next to each row.
from django.db.models import Avg, Window
from books.models import Book

qs = Book.objects.annotate(pub_avg=Window(Avg("price"), partition_by="publisher")).order_by("id")
result = [(b.id, b.publisher_id, round(float(b.pub_avg), 2)) for b in qs][:5]
