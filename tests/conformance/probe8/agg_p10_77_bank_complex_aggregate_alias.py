from bank.models import Account, Transfer
from django.db.models import Count
r = None
try:
    r = Account.objects.aggregate(Count("outgoing") + Count("incoming"))
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = (r, Account.objects.aggregate(tot=Count("outgoing") + Count("incoming")))
