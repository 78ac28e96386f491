from django.db.models import F
from blog.models import Entry
qs = (Entry.objects
      .filter(number_of_comments__gt=F("number_of_pingbacks") * 3)
      .exclude(mod_date=F("pub_date"))
      .order_by(F("rating").desc(), "id"))
result = (str(qs.query), [e.id for e in qs][:6])
