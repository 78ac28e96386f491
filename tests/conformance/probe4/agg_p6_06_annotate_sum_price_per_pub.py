from django.db.models import Sum, Count
from books.models import Publisher
qs = Publisher.objects.annotate(total=Sum("book__price"), n=Count("book")).order_by("name")
result = [(p.name, p.total, p.n) for p in qs]
