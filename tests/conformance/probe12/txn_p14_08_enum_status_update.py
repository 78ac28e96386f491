# An IntegerChoices amount used in update() with F inside atomic().
from django.db import models, transaction
from django.db.models import F
from bank.models import Account

class Fee(models.IntegerChoices):
    SMALL = 1
    BIG = 25

with transaction.atomic():
    n = Account.objects.filter(balance__gte=Fee.BIG).update(balance=F("balance") - Fee.BIG)
result = (n, list(Account.objects.order_by("pk").values_list("balance", flat=True)))
