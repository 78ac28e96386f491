from books.models import Author, Publisher, Book, Store
from django.db.models import StdDev, Variance
r = Book.objects.aggregate(sd=StdDev("pages"), v=Variance("pages", sample=True))
result = (round(r["sd"], 6), round(r["v"], 3))
