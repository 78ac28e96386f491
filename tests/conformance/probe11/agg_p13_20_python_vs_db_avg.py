# Averaging in Python loads every row; Avg() in the database is one query.
from decimal import Decimal
from django.db.models import Avg, Sum
from books.models import Book

prices = [b.price for b in Book.objects.all()]
py_sum = sum(prices)
db = Book.objects.aggregate(s=Sum("price"), a=Avg("price"))
result = (py_sum, db["s"], py_sum == db["s"], round(py_sum / len(prices), 2), db["a"])
