# exclude() across a reverse relation with a NULL-able join uses a subquery.
from bank.models import Account

qs = Account.objects.exclude(outgoing__amount__gt=20).order_by("id")
result = (list(qs.values_list("owner", flat=True)), str(qs.query))
