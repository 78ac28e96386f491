# Account.DoesNotExist caught as ObjectDoesNotExist; its class and module.
from django.core.exceptions import ObjectDoesNotExist
from bank.models import Account

try:
    Account.objects.get(owner="Mallory")
except ObjectDoesNotExist as exc:
    result = (type(exc).__name__, type(exc).__qualname__, str(exc), exc.args,
              isinstance(exc, Account.DoesNotExist))
