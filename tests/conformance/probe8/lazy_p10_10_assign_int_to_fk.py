from bank.models import Account, Transfer
try:
    Transfer(source=1)
    r = "ok"
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
