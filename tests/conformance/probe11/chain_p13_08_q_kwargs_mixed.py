# Q objects must come before keyword arguments; mixed, they AND together.
from django.db.models import Q
from bank.models import Account

qs = Account.objects.filter(Q(owner="Alice") | Q(owner="Bob"), balance__gt=60)
result = (list(qs.values_list("owner", flat=True)), str(qs.query))
