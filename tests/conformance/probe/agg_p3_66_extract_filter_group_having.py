# Years with more than 5 entries, using ExtractYear in values() and HAVING.
from django.db.models import Count
from django.db.models.functions import ExtractYear
from blog.models import Entry

qs = (Entry.objects.annotate(y=ExtractYear("pub_date")).values("y").annotate(n=Count("id"))
      .filter(n__gt=5).order_by("-n", "y"))
result = list(qs.values_list("y", "n"))
