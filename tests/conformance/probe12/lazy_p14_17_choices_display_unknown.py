# get_FOO_display exists only for fields with choices.
from bank.models import Account

acc = Account.objects.get(pk=1)
try:
    acc.get_owner_display()
except AttributeError as exc:
    result = str(exc)
