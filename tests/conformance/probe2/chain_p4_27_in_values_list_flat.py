# headline__in a values_list(flat=True) QuerySet.
from blog.models import Entry

inner = Entry.objects.filter(rating=10).values_list("headline", flat=True)
qs = Entry.objects.filter(headline__in=inner)
result = (str(qs.query), qs.count())
