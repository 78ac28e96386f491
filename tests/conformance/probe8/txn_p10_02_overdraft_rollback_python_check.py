from bank.models import Account, Transfer
from django.db import transaction
from django.db.models import F
class Overdraft(Exception):
    pass
def transfer(src, dst, amount):
    with transaction.atomic():
        s = Account.objects.select_for_update().get(pk=src)
        d = Account.objects.select_for_update().get(pk=dst)
        s.balance -= amount
        d.balance += amount
        s.save()
        d.save()
        if s.balance < 0:
            raise Overdraft("%s overdrawn by %d" % (s.owner, -s.balance))
        return Transfer.objects.create(source=s, target=d, amount=amount)
try:
    transfer(3, 1, 10)
    r = "ok"
except Overdraft as e:
    r = str(e)
result = (r, list(Account.objects.order_by("id").values_list("balance", flat=True)), Transfer.objects.count())
