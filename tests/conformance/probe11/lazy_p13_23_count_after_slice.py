# count() of a sliced QuerySet counts over a subquery.
from blog.models import Entry

result = (Entry.objects.order_by("id")[10:25].count(), Entry.objects.all()[55:].count())
