# Check before touching anything: nothing to roll back, no UPDATE runs.
from django.db import transaction
from bank.models import Account, Transfer


class InsufficientFunds(Exception):
    pass


def transfer(src_id, dst_id, amount):
    with transaction.atomic():
        src = Account.objects.select_for_update().get(pk=src_id)
        if src.balance < amount:
            raise InsufficientFunds(f"{src.owner} has only {src.balance}")
        src.balance -= amount
        src.save(update_fields=["balance"])


try:
    transfer(3, 1, 1)
    outcome = "ok"
except InsufficientFunds as exc:
    outcome = str(exc)
result = (outcome, Account.objects.get(pk=3).balance, Transfer.objects.count())
