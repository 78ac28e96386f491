from django.db.models.functions import Greatest
from blog.models import Entry
qs = Entry.objects.annotate(last_touch=Greatest("pub_date", "mod_date")).order_by("-last_touch")[:3]
result = [(e.id, e.last_touch, type(e.last_touch).__name__) for e in qs]
