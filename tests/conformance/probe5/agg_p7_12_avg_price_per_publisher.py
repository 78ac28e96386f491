from django.db.models import Avg
from books.models import Book
result = [(d["publisher"], repr(d["a"])) for d in Book.objects.values("publisher").annotate(a=Avg("price")).order_by("publisher")]
