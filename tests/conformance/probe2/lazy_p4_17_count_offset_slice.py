# count() on a slice with an offset: a subquery.
from blog.models import Entry

result = (Entry.objects.order_by("id")[10:15].count(), Entry.objects.order_by("id")[55:].count(), Entry.objects.all()[:0].count())
