from bank.models import Account, Transfer
try:
    r = list(Transfer.objects.select_related("source__outgoing"))
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
