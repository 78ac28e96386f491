from bank.models import Account, Transfer
a = Account(owner="Unsaved", balance=1)
try:
    Transfer.objects.create(source=a, target_id=1, amount=1)
except Exception as exc:
    result = (type(exc).__name__, str(exc))
