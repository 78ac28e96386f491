# except DoesNotExist does not catch MultipleObjectsReturned.
from bank.models import Account

try:
    try:
        Account.objects.get(balance__lt=500)
    except Account.DoesNotExist:
        result = "not found"
except Account.MultipleObjectsReturned as exc:
    result = ("multiple", str(exc))
