from django.db.models.functions import Round
from books.models import Book
b = Book.objects.annotate(r0=Round("price"), r1=Round("price", 1), rr=Round("rating", 0), rn=Round("pages", -2)).get(pk=2)
result = [(v, type(v).__name__) for v in (b.r0, b.r1, b.rr, b.rn)]
print(Book.objects.annotate(r1=Round("price", precision=1)).values("r1").query)
