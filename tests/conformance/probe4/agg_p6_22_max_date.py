from django.db.models import Max, Min
from blog.models import Entry
r = Entry.objects.aggregate(first=Min("pub_date"), last=Max("pub_date"))
result = (r, (r["last"] - r["first"]).days)
