# Aggregation docs models: across M2M and reverse FK, Decimal sums.
from django.db.models import Avg, Count, Min, Max, Sum, F
from books.models import Book, Publisher, Author
a = Book.objects.aggregate(Avg("authors__age"), Max("pubdate"), n=Count("authors", distinct=True))
b = list(Publisher.objects.annotate(num=Count("book")).filter(num__gt=1).order_by("name").values_list("name", "num"))
c = Publisher.objects.annotate(total=Sum("book__price")).order_by("id").values_list("name", "total").first()
d = list(Author.objects.annotate(pages=Sum("book__pages")).order_by("-pages", "id").values_list("name", "pages")[:3])
result = (a, b, c, d)
