from django.db.models import Avg, Sum, Max
from books.models import Book
r = Book.objects.aggregate(ap=Avg("pages"), sp=Sum("pages"), ar=Avg("rating"), mp=Max("price"), sprice=Sum("price"))
result = [(k, v, type(v).__name__) for k, v in sorted(r.items())]
