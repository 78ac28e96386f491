# count() on a sliced QuerySet counts in a subquery.
from blog.models import Entry

result = Entry.objects.order_by("id")[10:25].count()
