from bank.models import Account
try:
    list(Account.objects.select_for_update())
except Exception as exc:
    result = (type(exc).__name__, str(exc))
