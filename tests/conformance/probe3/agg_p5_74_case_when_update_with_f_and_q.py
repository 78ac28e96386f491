# bulk conditional update with When(Q) and F arithmetic; returned count.
from django.db.models import Case, F, Q, When
from bank.models import Account

n = Account.objects.update(balance=Case(When(Q(balance__gte=100) | Q(owner="Carol"), then=F("balance") + 10), default=F("balance") - 1))
result = (n, list(Account.objects.order_by("pk").values_list("owner", "balance")))
