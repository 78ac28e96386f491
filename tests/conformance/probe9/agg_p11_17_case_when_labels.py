from django.db.models import Case, When, Value, CharField, Count
from blog.models import Entry
qs = (Entry.objects
      .annotate(band=Case(When(rating__gte=8, then=Value("high")), When(rating__gte=4, then=Value("mid")), default=Value("low"), output_field=CharField()))
      .values("band")
      .annotate(n=Count("id"))
      .order_by("band"))
result = (list(qs), str(qs.query))
