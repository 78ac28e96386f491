from django.db import transaction, IntegrityError
from bank.models import Account


class Coded:
    code = "E000"
    def coded(self):
        return f"[{self.code}] {self}"


class TransferError(Coded, Exception):
    code = "E100"


def transfer(a, b, amount):
    with transaction.atomic():
        src = Account.objects.select_for_update().get(pk=a)
        if src.balance < amount:
            raise TransferError(f"insufficient funds in {src.pk}")
        src.balance -= amount
        src.save()


try:
    transfer(1, 2, 10**9)
except TransferError as e:
    print(e.coded(), isinstance(e, Exception))
result = Account.objects.get(pk=1).balance
