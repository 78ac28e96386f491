from bank.models import Account
try:
    Account.objects.get()
except Exception as exc:
    result = (type(exc).__name__, str(exc))
