from books.models import Author, Publisher, Book, Store
from django.db.models import Avg, Max, Min, Sum
result = Store.objects.aggregate(Avg("books__authors__age"), Max("books__price"), Min("books__pages"), Sum("books__price"))
