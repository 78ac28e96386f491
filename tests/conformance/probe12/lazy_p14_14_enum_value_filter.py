# enum.Enum members are not values: .value is needed.
import enum
from bank.models import Account

class Threshold(enum.Enum):
    LOW = 50
    HIGH = 500

ok = Account.objects.filter(balance__gte=Threshold.LOW.value).count()
try:
    Account.objects.filter(balance__gte=Threshold.HIGH).count()
    err = None
except Exception as exc:
    err = f"{type(exc).__name__}: {exc}"
result = (ok, err)
