# filter= and default= together.
from django.db.models import Q, Sum
from books.models import Book

result = Book.objects.aggregate(s=Sum("pages", filter=Q(pages__gt=10000), default=-1), t=Sum("pages", filter=Q(rating__gte=4)))
