# A generator yielding an aggregate per publisher (N+1 on purpose).
from django.db.models import Max
from books.models import Publisher, Book

def max_prices():
    for pub in Publisher.objects.order_by("pk"):
        yield pub.name, Book.objects.filter(publisher=pub).aggregate(m=Max("price"))["m"]

result = dict(max_prices())
