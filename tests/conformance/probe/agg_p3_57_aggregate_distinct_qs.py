# aggregate() on a distinct() QuerySet across a join wraps it in a subquery.
from django.db.models import Sum
from blog.models import Entry

result = Entry.objects.filter(authors__name__startswith="J").distinct().aggregate(Sum("rating"))
