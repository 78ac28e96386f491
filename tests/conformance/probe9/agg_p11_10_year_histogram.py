from django.db.models import Count
from django.db.models.functions import ExtractYear
from blog.models import Entry
qs = (Entry.objects
      .annotate(year=ExtractYear("pub_date"))
      .values("year")
      .annotate(n=Count("id"))
      .order_by("year"))
result = ([(r["year"], r["n"]) for r in qs], str(qs.query))
