from django.db import transaction
from django.db.models import F
from bank.models import Account, Transfer

class InsufficientFunds(Exception):
    pass

class Bank:
    @staticmethod
    def transfer(src_id, dst_id, amount):
        with transaction.atomic():
            src = Account.objects.select_for_update().get(pk=src_id)
            if src.balance < amount:
                raise InsufficientFunds(f"{src.owner} has only {src.balance}")
            Account.objects.filter(pk=src_id).update(balance=F("balance") - amount)
            Account.objects.filter(pk=dst_id).update(balance=F("balance") + amount)
            return Transfer.objects.create(source_id=src_id, target_id=dst_id, amount=amount)

log = []
for amount in (10, 10**9):
    try:
        t = Bank.transfer(1, 2, amount)
        log.append(("ok", t.amount))
    except InsufficientFunds as exc:
        log.append(("refused", str(exc)))
result = (log, list(Account.objects.order_by("id").values_list("balance", flat=True)[:2]), Transfer.objects.count())
