from bank.models import Account, Transfer
try:
    r = None
    Account.objects.create(owner="Zed", balance="abc")
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
