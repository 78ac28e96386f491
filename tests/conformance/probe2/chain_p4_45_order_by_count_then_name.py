# annotate(Count) ordered by count then name.
from django.db.models import Count
from blog.models import Author

qs = Author.objects.annotate(n=Count("entry")).order_by("-n", "name")
result = (str(qs.query), [(a.name, a.n) for a in qs])
