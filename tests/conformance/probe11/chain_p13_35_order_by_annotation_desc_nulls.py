# order_by an aggregate annotation descending with nulls_last.
from django.db.models import F, Sum
from bank.models import Account

qs = Account.objects.annotate(sent=Sum("outgoing__amount")).order_by(F("sent").desc(nulls_last=True), "id")
result = (list(qs.values_list("owner", "sent")), str(qs.query))
