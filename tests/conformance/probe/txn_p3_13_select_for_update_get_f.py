# Lock, check, update with F inside atomic: the bank pattern with select_for_update().
from django.db import transaction
from django.db.models import F
from bank.models import Account

with transaction.atomic():
    src = Account.objects.select_for_update().get(pk=4)
    if src.balance >= 300:
        Account.objects.filter(pk=src.pk).update(balance=F("balance") - 300)
        Account.objects.filter(pk=3).update(balance=F("balance") + 300)
result = list(Account.objects.order_by("id").values_list("balance", flat=True))
