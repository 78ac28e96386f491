from bank.models import Account, Transfer
try:
    list(Account.objects.select_related("outgoing"))
    r = "ok"
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
