from bank.models import Account, Transfer
try:
    r = Account.objects.all().delete()
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
