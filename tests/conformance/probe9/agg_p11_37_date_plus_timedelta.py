import datetime
from django.db.models import F, ExpressionWrapper, DateField
from blog.models import Entry
qs = Entry.objects.filter(pk__in=[1, 2]).annotate(due=ExpressionWrapper(F("pub_date") + datetime.timedelta(days=30), output_field=DateField())).order_by("id")
result = ([(e.id, e.due) for e in qs], str(qs.query))
