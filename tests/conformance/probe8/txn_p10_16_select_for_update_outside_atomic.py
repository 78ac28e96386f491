from bank.models import Account, Transfer
try:
    list(Account.objects.select_for_update().filter(pk=1))
    r = "ok"
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
