# A model with Meta.ordering: values().annotate() in Django 5.2 ignores Meta.ordering in GROUP BY.
from django.db import models
from django.db.models import Count
from books.models import Book


class OrderedBook(Book):
    class Meta:
        proxy = True
        app_label = "books"
        ordering = ["name"]


qs = OrderedBook.objects.values("publisher_id").annotate(n=Count("id"))
result = (sorted((d["publisher_id"], d["n"]) for d in qs), str(qs.query))
