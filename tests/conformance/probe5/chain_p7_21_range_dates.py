from datetime import date
from blog.models import Entry
qs = Entry.objects.filter(pub_date__range=(date(2006, 1, 1), date(2006, 12, 31))).order_by("pub_date")
result = (str(qs.query), list(qs.values_list("id", flat=True)))
