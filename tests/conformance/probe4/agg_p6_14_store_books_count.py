from django.db.models import Count, Sum
from books.models import Store
qs = Store.objects.annotate(n=Count("books"), pages=Sum("books__pages")).order_by("id")
result = [(s.name, s.n, s.pages) for s in qs]
