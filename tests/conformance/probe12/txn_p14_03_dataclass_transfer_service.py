# A transfer service taking a dataclass command, with select_for_update.
from dataclasses import dataclass
from django.db import transaction
from django.db.models import F
from bank.models import Account, Transfer

@dataclass
class TransferCmd:
    source: int
    target: int
    amount: int

def execute(cmd: TransferCmd) -> int:
    with transaction.atomic():
        src = Account.objects.select_for_update().get(pk=cmd.source)
        if src.balance < cmd.amount:
            raise ValueError("insufficient funds")
        Account.objects.filter(pk=cmd.source).update(balance=F("balance") - cmd.amount)
        Account.objects.filter(pk=cmd.target).update(balance=F("balance") + cmd.amount)
        return Transfer.objects.create(source_id=cmd.source, target_id=cmd.target, amount=cmd.amount).pk

pk = execute(TransferCmd(1, 2, 10))
try:
    execute(TransferCmd(1, 2, 10**9))
except ValueError as exc:
    err = str(exc)
result = (pk, err, Transfer.objects.count())
