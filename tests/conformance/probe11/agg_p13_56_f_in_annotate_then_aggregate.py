# aggregate() over an F() annotation.
from django.db.models import F, Sum, Avg
from books.models import Book

qs = Book.objects.annotate(per_page=F("price") / F("pages"))
result = (qs.aggregate(total=Sum("per_page")), qs.filter(pages__gt=900).aggregate(a=Avg("pages")))
