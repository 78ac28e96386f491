# Entries per year (values on a transform), then aggregate() over the per-year counts.
from django.db.models import Count, Max, Min
from blog.models import Entry

per_year = Entry.objects.values("pub_date__year").annotate(n=Count("id"))
result = (per_year.aggregate(mx=Max("n"), mn=Min("n")), Entry.objects.aggregate(y=Max("mod_date__year")))
