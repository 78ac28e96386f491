# F date - F date: a DurationField difference.
from django.db.models import DurationField, ExpressionWrapper, F
from blog.models import Entry

qs = Entry.objects.annotate(d=ExpressionWrapper(F("mod_date") - F("pub_date"), output_field=DurationField())).order_by("pk")[:3]
result = ([e.d for e in qs], str(qs.query))
