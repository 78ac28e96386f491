# Entries per month of 2010 with TruncMonth.
from django.db.models import Count
from django.db.models.functions import TruncMonth
from blog.models import Entry

qs = (Entry.objects.filter(pub_date__year=2010).annotate(m=TruncMonth("pub_date"))
      .values("m").annotate(n=Count("id")).order_by("m"))
result = list(qs.values_list("m", "n"))
