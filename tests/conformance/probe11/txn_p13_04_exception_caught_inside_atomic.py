# Catching an ordinary Python exception inside atomic() keeps the transaction usable.
from django.db import transaction
from bank.models import Account

with transaction.atomic():
    Account.objects.create(owner="Frank", balance=5)
    try:
        int("x")
    except ValueError:
        pass
    Account.objects.create(owner="Grace", balance=6)
result = list(Account.objects.filter(id__gt=4).order_by("id").values_list("owner", flat=True))
