# A transfer service with select_for_update() and F() inside atomic().
from django.db import transaction
from django.db.models import F
from bank.models import Account, Transfer


def transfer(src, dst, amount):
    with transaction.atomic():
        accounts = {a.pk: a for a in Account.objects.select_for_update().filter(pk__in=[src, dst])}
        if accounts[src].balance < amount:
            raise ValueError("insufficient funds")
        Account.objects.filter(pk=src).update(balance=F("balance") - amount)
        Account.objects.filter(pk=dst).update(balance=F("balance") + amount)
        return Transfer.objects.create(source_id=src, target_id=dst, amount=amount)


t = transfer(4, 3, 250)
result = (t.pk, list(Account.objects.order_by("id").values_list("balance", flat=True)))
