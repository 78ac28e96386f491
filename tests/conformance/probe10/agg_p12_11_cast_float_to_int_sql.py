from django.db import models
from django.db.models.functions import Cast
from books.models import Book
qs = Book.objects.annotate(r=Cast("rating", models.IntegerField()), p=Cast("pages", models.FloatField())).values_list("r", "p").order_by("id")[:3]
result = (list(qs), str(qs.query))
