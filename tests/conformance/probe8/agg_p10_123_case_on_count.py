from books.models import Author, Publisher, Book, Store
from django.db.models import Count, Case, When, Value
qs = Book.objects.annotate(n=Count("authors")).annotate(kind=Case(When(n__gt=1, then=Value("multi")), default=Value("single"))).values("kind").annotate(c=Count("id", distinct=True)).order_by("kind")
result = (str(qs.query), list(qs))
