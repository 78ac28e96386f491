# Span reverse FKs with related_name (bank).
from bank.models import Account

result = list(Account.objects.filter(outgoing__amount__gte=10).order_by("id").values_list("owner", flat=True))
