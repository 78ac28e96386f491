from bank.models import Account, Transfer
try:
    Transfer.objects.create(source=Account(owner="X"), target_id=1, amount=1)
    r = "ok"
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
