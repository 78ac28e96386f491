# in_bulk(field_name=) needs a unique field.
from bank.models import Account

try:
    Account.objects.in_bulk(["Alice"], field_name="owner")
except ValueError as exc:
    result = str(exc)
