from bank.models import Account, Transfer
from django.db.models import F
try:
    Transfer.objects.update(amount=F("source__balance"))
    r = "ok"
except Exception as e:
    r = (type(e).__name__, str(e))
result = r
