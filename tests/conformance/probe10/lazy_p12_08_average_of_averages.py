from django.db.models import Avg
from books.models import Book, Publisher
per_pub = []
for p in Publisher.objects.order_by("id"):
    prices = [b.price for b in p.book_set.all()]
    per_pub.append(sum(prices) / len(prices))
loop = sum(per_pub) / len(per_pub)
orm = Publisher.objects.annotate(a=Avg("book__price")).aggregate(avg=Avg("a"))["avg"]
result = (round(float(loop), 6), round(float(orm), 6), type(orm).__name__)
