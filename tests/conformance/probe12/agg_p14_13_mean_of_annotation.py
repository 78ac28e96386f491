# statistics.mean of an annotated count against Avg over the annotation.
import statistics
from django.db.models import Count, Avg
from books.models import Book

qs = Book.objects.annotate(n_authors=Count("authors"))
py = statistics.mean(b.n_authors for b in qs)
db = qs.aggregate(avg=Avg("n_authors"))
result = (py, db)
