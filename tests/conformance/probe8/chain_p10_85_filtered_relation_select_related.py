from bank.models import Account, Transfer
from django.db.models import FilteredRelation, Q
qs = Transfer.objects.annotate(rich=FilteredRelation("source", condition=Q(source__balance__gt=500))).filter(rich__isnull=False).order_by("id")
result = (str(qs.query), [t.id for t in qs])
