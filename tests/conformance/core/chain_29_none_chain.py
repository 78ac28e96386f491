# none() stays empty after more filters and runs no query.
from blog.models import Entry

qs = Entry.objects.none().filter(rating=5).order_by("id")
result = (list(qs), qs.count())
