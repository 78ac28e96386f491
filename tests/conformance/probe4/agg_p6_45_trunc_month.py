from django.db.models import Count
from django.db.models.functions import TruncMonth
from blog.models import Entry
qs = Entry.objects.filter(pub_date__year=2008).annotate(m=TruncMonth("pub_date")).values("m").annotate(n=Count("id")).order_by("m")
result = list(qs)[:3]
