# exclude() with __in and an isnull on a relation.
from bank.models import Account

qs = Account.objects.exclude(owner__in=["Alice", "Bob"]).exclude(incoming__isnull=True)
result = (list(qs.values_list("owner", flat=True)), str(qs.query))
