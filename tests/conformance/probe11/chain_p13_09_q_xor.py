# Q(a) ^ Q(b): SQLite has no XOR, Django writes it out.
from django.db.models import Q
from bank.models import Account

qs = Account.objects.filter(Q(balance__gte=100) ^ Q(owner__startswith="A")).order_by("id")
result = (list(qs.values_list("owner", flat=True)), str(qs.query))
