from bank.models import Account, Transfer
try:
    from django.db.models import FilteredRelation, Q
    qs = Transfer.objects.annotate(rich=FilteredRelation("source", condition=Q(source__balance__gt=500))).select_related("rich").order_by("id")
    r = (str(qs.query), [(t.id, t.rich.owner if t.rich else None) for t in qs])
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
