from bank.models import Account, Transfer
a = Account.objects.get(pk=1)
try:
    a.outgoing = []
    r = "ok"
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
