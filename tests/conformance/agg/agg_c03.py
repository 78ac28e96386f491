# aggregate() referring to a plain annotation, and Avg of a FloatField, Max of a CharField.
from django.db.models import F, Sum, Avg, Max
from books.models import Book
a = Book.objects.annotate(x=F("pages") * 2).aggregate(s=Sum("x"))
b = Book.objects.aggregate(Avg("rating"), Max("name"))
result = (a, b)
