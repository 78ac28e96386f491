from books.models import Author, Publisher, Book, Store
from django.db.models import Avg, Max, Min, Count
from django.db import connection
r = (Store.objects.aggregate(min_price=Min("books__price"), max_price=Max("books__price")),
     Author.objects.aggregate(average_rating=Avg("book__rating")),
     Publisher.objects.aggregate(oldest_pubdate=Min("book__pubdate")),
     Store.objects.aggregate(youngest_age=Min("books__authors__age")),
     [(s.name, s.min_price, s.max_price) for s in Store.objects.annotate(min_price=Min("books__price"), max_price=Max("books__price")).order_by("name")])
result = (r, [q["sql"] for q in connection.queries])
