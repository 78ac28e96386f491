# default= in annotate() wraps the aggregate in COALESCE.
from django.db.models import Sum
from books.models import Publisher

qs = Publisher.objects.annotate(total=Sum("book__pages", default=0)).order_by("pk")
result = ([p.total for p in qs], str(qs.query))
