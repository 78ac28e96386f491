# A generator consumed inside atomic(): its queries run inside the transaction.
from django.db import transaction
from bank.models import Account

def bumped():
    for acc in Account.objects.order_by("pk")[:2]:
        acc.balance += 1
        acc.save(update_fields=["balance"])
        yield acc.pk

with transaction.atomic():
    done = list(bumped())
result = done
