from django.db.models.functions import Extract
from blog.models import Entry
qs = Entry.objects.annotate(wk=Extract("pub_date", "week")).filter(wk__lte=10).order_by("id")
result = ([(e.id, e.wk) for e in qs], str(qs.query))
