# One filter() mixing an annotation (HAVING) and a plain field (WHERE).
from django.db.models import Sum
from bank.models import Account

qs = Account.objects.annotate(sent=Sum("outgoing__amount")).filter(sent__gte=10, balance__gt=0)
result = (list(qs.values_list("owner", "sent")), str(qs.query))
