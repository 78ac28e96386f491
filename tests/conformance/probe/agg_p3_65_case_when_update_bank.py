# update() with Case/When: a fee for low balances, a bonus for high ones.
from django.db.models import Case, F, When
from bank.models import Account

n = Account.objects.update(balance=Case(When(balance__lt=100, then=F("balance") - 1),
                                        When(balance__gte=1000, then=F("balance") + 10),
                                        default=F("balance")))
result = (n, list(Account.objects.order_by("id").values_list("balance", flat=True)))
