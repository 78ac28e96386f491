from django.db import transaction
from bank.models import Account
class Service:
    @transaction.atomic
    def pay(self, pk, amount):
        a = Account.objects.get(pk=pk)
        if a.balance < amount:
            raise ValueError("insufficient")
        a.balance -= amount
        a.save(update_fields=["balance"])
        return a.balance
s = Service()
out = [s.pay(1, 30)]
try:
    s.pay(1, 1000)
except ValueError as e:
    out.append(str(e))
result = (out, Service.pay.__name__, Account.objects.get(pk=1).balance)
