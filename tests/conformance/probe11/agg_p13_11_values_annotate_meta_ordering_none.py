# values().annotate() without order_by: GROUP BY only the values() field.
from django.db.models import Sum
from bank.models import Transfer

qs = Transfer.objects.values("source__owner").annotate(total=Sum("amount"))
result = (sorted((r["source__owner"], r["total"]) for r in qs), str(qs.query))
